package org.echotrace.ingest.fetch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules of one robots.txt (RFC 9309) for one crawler: the groups naming our product token if there are any, else
 * the {@code *} groups; the longest matching {@code Allow}/{@code Disallow} pattern decides, and {@code Allow} wins a
 * tie. Patterns may use {@code *} (any characters) and a final {@code $} (end of path). Immutable, thread-safe.
 */
public final class RobotsRules {
  /** No rule: everything is allowed (no robots.txt, or a 4xx for it). */
  public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), "allowed (no rules)");
  /** Everything is disallowed (robots.txt could not be read: 5xx, timeout, network error). */
  public static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule("/", false, null)), "disallowed");

  /** RFC 9309: crawlers must parse at least 500 KiB; we parse that much and no more. */
  public static final int MAX_BYTES = 500 * 1024;

  private record Rule(String pattern, boolean allow, Pattern regex) {
    boolean matches(String path) {
      return regex == null ? path.startsWith(pattern) : regex.matcher(path).lookingAt();
    }
  }

  private final List<Rule> rules;
  private final String summary;

  private RobotsRules(List<Rule> rules, String summary) {
    this.rules = List.copyOf(rules);
    this.summary = summary;
  }

  /**
   * Parses a robots.txt for the crawler whose product token is {@code agent} (e.g. {@code echotrace}).
   *
   * @param text the file's text (at most {@link #MAX_BYTES} of it is looked at)
   */
  public static RobotsRules parse(String text, String agent) {
    String token = agent.toLowerCase(Locale.ROOT);
    List<Rule> ours = new ArrayList<>(), star = new ArrayList<>();
    boolean inOurs = false, inStar = false, lastWasAgent = false;
    String body = text.length() > MAX_BYTES ? text.substring(0, MAX_BYTES) : text;
    for (String raw : body.split("\r\n|\r|\n")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon < 0) continue;
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (key.equals("user-agent")) {
        if (!lastWasAgent) inOurs = inStar = false; // a new group starts
        String name = value.toLowerCase(Locale.ROOT);
        int slash = name.indexOf('/');
        if (slash >= 0) name = name.substring(0, slash).strip();
        if (name.equals("*")) inStar = true;
        else if (!name.isEmpty() && name.equals(token)) inOurs = true;
        lastWasAgent = true;
      } else if (key.equals("allow") || key.equals("disallow")) {
        lastWasAgent = false;
        if (value.isEmpty()) continue; // "Disallow:" with no path allows everything
        Rule rule = rule(value, key.equals("allow"));
        if (inOurs) ours.add(rule);
        if (inStar) star.add(rule);
      } else {
        lastWasAgent = false; // sitemap, crawl-delay and others end nothing and add nothing
      }
    }
    boolean specific = !ours.isEmpty() || mentions(body, token);
    List<Rule> chosen = specific ? ours : star;
    return new RobotsRules(chosen, chosen.size() + " rule(s) for " + (specific ? token : "*"));
  }

  /** Whether a group names our token at all (then an empty group of ours overrides the * group). */
  private static boolean mentions(String body, String token) {
    for (String raw : body.split("\r\n|\r|\n")) {
      String line = raw.strip().toLowerCase(Locale.ROOT);
      if (line.startsWith("user-agent") && line.contains(":")) {
        String name = line.substring(line.indexOf(':') + 1);
        int hash = name.indexOf('#');
        if (hash >= 0) name = name.substring(0, hash);
        int slash = name.indexOf('/');
        if (slash >= 0) name = name.substring(0, slash);
        if (name.strip().equals(token)) return true;
      }
    }
    return false;
  }

  private static Rule rule(String pattern, boolean allow) {
    if (pattern.indexOf('*') < 0 && !pattern.endsWith("$")) return new Rule(pattern, allow, null);
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    StringBuilder re = new StringBuilder();
    for (String part : p.split("\\*", -1)) {
      if (re.length() > 0) re.append(".*");
      re.append(Pattern.quote(part));
    }
    if (anchored) re.append('$');
    return new Rule(pattern, allow, Pattern.compile(re.toString(), Pattern.DOTALL));
  }

  /**
   * Whether a path (with its query, e.g. {@code /news/a?id=3}) may be fetched. {@code /robots.txt} itself always may.
   */
  public boolean allows(String pathAndQuery) {
    String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    if (path.equals("/robots.txt")) return true;
    return rules.stream().filter(r -> r.matches(path))
        .max(Comparator.<Rule>comparingInt(r -> r.pattern().length()).thenComparing(r -> r.allow()))
        .map(Rule::allow).orElse(true);
  }

  @Override
  public String toString() {
    return summary;
  }
}
