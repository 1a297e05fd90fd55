package org.echotrace.ingest.fetch;

import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt (RFC 9309) for one crawler, read by crawler-commons' {@link SimpleRobotRulesParser}: the
 * groups naming our product token if there are any, else the {@code *} groups; the longest matching
 * {@code Allow}/{@code Disallow} pattern decides, {@code Allow} wins a tie, patterns may use {@code *} and a final
 * {@code $}. This class only fixes our policy around it (what no file and an unreadable file mean) and asks by path.
 * Immutable, thread-safe.
 */
public final class RobotsRules {
  /** No rule: everything is allowed (no robots.txt, or a 4xx for it). */
  public static final RobotsRules ALLOW_ALL =
      new RobotsRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), "allowed (no rules)");
  /** Everything is disallowed (robots.txt could not be read: 5xx, timeout, network error). */
  public static final RobotsRules DISALLOW_ALL =
      new RobotsRules(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), "disallowed");

  /** RFC 9309: crawlers must parse at least 500 KiB; we parse that much and no more. */
  public static final int MAX_BYTES = 500 * 1024;

  /** The parser matches paths; the host of the URL it is handed is never looked at. */
  private static final String BASE = "http://robots.invalid";

  private final SimpleRobotRules rules;
  private final String summary;

  private RobotsRules(SimpleRobotRules rules, String summary) {
    this.rules = rules;
    this.summary = summary;
  }

  /**
   * Parses a robots.txt for the crawler whose product token is {@code agent} (e.g. {@code echotrace}).
   *
   * @param text the file's text (at most {@link #MAX_BYTES} of it is looked at)
   */
  public static RobotsRules parse(String text, String agent) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > MAX_BYTES) bytes = java.util.Arrays.copyOf(bytes, MAX_BYTES);
    String token = agent.toLowerCase(Locale.ROOT);
    SimpleRobotRules rules = new SimpleRobotRulesParser()
        .parseContent(BASE + "/robots.txt", bytes, "text/plain", List.of(token));
    return new RobotsRules(rules, rules.getRobotRules().size() + " rule(s) for " + token);
  }

  /**
   * Whether a path (with its query, e.g. {@code /news/a?id=3}) may be fetched. {@code /robots.txt} itself always may.
   */
  public boolean allows(String pathAndQuery) {
    String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    if (path.equals("/robots.txt")) return true;
    return rules.isAllowed(BASE + (path.startsWith("/") ? path : "/" + path));
  }

  @Override
  public String toString() {
    return summary;
  }
}
