package org.echotrace.ingest.fetch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** RFC 9309 matching: our group or else *, longest match, Allow wins ties, wildcards and $. */
class RobotsRulesTest {
  @Test
  void starGroupWithLongestMatch() {
    RobotsRules r = RobotsRules.parse("""
        # comment
        User-agent: *
        Disallow: /private
        Allow: /private/press   # the press room is open
        Disallow:
        """, "echotrace");
    assertTrue(r.allows("/"));
    assertTrue(r.allows("/news/a.html"));
    assertFalse(r.allows("/private"));
    assertFalse(r.allows("/private/x.html"));
    assertTrue(r.allows("/private/press/release.html"));
    assertTrue(r.allows("/robots.txt"));
  }

  @Test
  void ourGroupReplacesTheStarGroup() {
    String txt = """
        User-agent: *
        Disallow: /

        User-agent: otherbot
        User-agent: EchoTrace/0.1
        Disallow: /search
        """;
    RobotsRules r = RobotsRules.parse(txt, "echotrace");
    assertTrue(r.allows("/news"));
    assertFalse(r.allows("/search?q=x"));
    assertFalse(RobotsRules.parse(txt, "somebot").allows("/news"));
  }

  @Test
  void anEmptyGroupOfOursAllowsEverything() {
    RobotsRules r = RobotsRules.parse("User-agent: *\nDisallow: /\n\nUser-agent: echotrace\nDisallow:\n", "echotrace");
    assertTrue(r.allows("/anything"));
  }

  @Test
  void wildcardsAndEndAnchor() {
    RobotsRules r = RobotsRules.parse("User-agent: *\nDisallow: /*.pdf$\nDisallow: /*/print\nAllow: /a/print$\n", "echotrace");
    assertFalse(r.allows("/files/report.pdf"));
    assertTrue(r.allows("/files/report.pdf?download=1"));
    assertFalse(r.allows("/news/print/1"));
    assertTrue(r.allows("/a/print"));
    assertTrue(r.allows("/news"));
  }

  @Test
  void equalLengthAllowWins() {
    RobotsRules r = RobotsRules.parse("User-agent: *\nDisallow: /page\nAllow: /page\n", "echotrace");
    assertTrue(r.allows("/page"));
  }

  @Test
  void sentinels() {
    assertTrue(RobotsRules.ALLOW_ALL.allows("/x"));
    assertFalse(RobotsRules.DISALLOW_ALL.allows("/x"));
    assertFalse(RobotsRules.DISALLOW_ALL.allows("/"));
  }
}
