package org.echotrace.bench.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.echotrace.bench.ExtractionBenchmark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The unrelated pages of trafilatura-eval as a labelled corpus: development part only, one story a page. */
class DistractorsTest {
  @TempDir Path dir;

  /** The first site of the form siteN.org that falls in {@code part}, from {@code n}. */
  private static String site(int part, int n) {
    for (int i = n; ; i++) {
      String s = "site" + i + ".org"; // its own registrable domain
      if (ExtractionBenchmark.part("https://" + s + "/") == part) return s;
    }
  }

  @Test
  void developmentPagesOnlyEachAStoryOfItsOwnAndPairsOfOneSiteUnlabelled() throws Exception {
    String a = site(ExtractionBenchmark.DEV, 0);
    String b = site(ExtractionBenchmark.DEV, Integer.parseInt(a.replaceAll("\\D", "")) + 1);
    String t = site(ExtractionBenchmark.TEST, 0);
    ObjectNode gold = new ObjectMapper().createObjectNode();
    Files.createDirectories(dir.resolve("cache"));
    List<String[]> pages = new ArrayList<>();
    pages.add(new String[] {"https://" + a + "/news/1", "a1.html"});
    pages.add(new String[] {"https://" + a + "/news/2", "a2.html"});
    pages.add(new String[] {"https://" + b + "/post", "b.html"});
    pages.add(new String[] {"https://" + t + "/x", "t.html"});
    for (String[] p : pages) {
      gold.putObject(p[0]).put("file", p[1]).putArray("with");
      Files.writeString(dir.resolve("cache").resolve(p[1]), "<html><body><h1>" + p[1] + "</h1><p>Some text of "
          + p[1] + " that says something about something else entirely.</p></body></html>");
    }
    Files.writeString(dir.resolve("evaldata.json"), gold.toString());

    LabelledCorpus c = LabelledCorpus.distractors(dir);
    assertTrue(c.eventsOnly());
    assertEquals(1, c.runs().size());
    assertEquals(List.of("a1.html", "a2.html", "b.html"), c.runs().get(0).stream().map(d -> d.id()).sorted().toList());
    assertEquals(3, c.story().size()); // the test part's page is never read
    assertEquals(3, c.story().values().stream().distinct().count());
    assertEquals(LabelledCorpus.UNLABELLED, c.type("a1", "a2")); // one site: not labelled
    assertEquals("unrelated", c.type("a1", "b"));
    assertEquals(a, c.groupOf(c.storyOf("a1"))); // a site is dealt into one fold
    assertEquals(c.groupOf(c.storyOf("a1")), c.groupOf(c.storyOf("a2")));
  }
}
