package org.echotrace.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.InputProblem;
import org.echotrace.model.Narrative;
import org.echotrace.model.Origin;
import org.echotrace.model.OriginConfidence;
import org.echotrace.model.Passage;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.model.Story;
import org.junit.jupiter.api.Test;

/** The terminal summary fits a screen: capped sections with a count of the rest, everything with --all (issue 15). */
class TerminalSummaryTest {
  private static String write(AnalysisResult r, boolean all) {
    StringWriter w = new StringWriter();
    new TerminalSummary(all ? 300 : 0, all).write(r, new PrintWriter(w));
    return w.toString();
  }

  private static Relation copy(String origin, String copy) {
    String a = origin.compareTo(copy) < 0 ? origin : copy, b = a.equals(origin) ? copy : origin;
    return new Relation(a, b, RelationKind.VERBATIM,
        new Origin(origin, OriginConfidence.LIKELY, List.of("published 1 day earlier")), 0.9, 0.9, 0.9,
        List.of(new Passage(0, 5, 0, 5, 20)));
  }

  /**
   * 15 families of two, 12 undecided pairs, 27 events of two articles, 40 single-article events, a narrative of
   * most of the corpus and a small one, 12 problems.
   */
  private static AnalysisResult big() {
    List<Article> articles = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    List<Story> stories = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (int i = 0; i < 27; i++) {
      String o = String.format("o%02d.txt", i), c = String.format("c%02d.txt", i);
      articles.add(ReportFixtures.article(o, "Outlet " + i, "Title " + i, ReportFixtures.day(4, 1 + i % 20), "text"));
      articles.add(ReportFixtures.article(c, "Copier", "Copy " + i, null, "text"));
      relations.add(i < 15 ? copy(o, c) : new Relation(c, o, RelationKind.PARTIAL,
          new Origin(null, OriginConfidence.UNDECIDED, List.of("undecided: a date is missing")), 0.5, 0.5, 0.5,
          List.of(new Passage(0, 5, 0, 5, 20))));
      stories.add(new Story("s" + i, List.of(c, o)));
      all.add(o);
      all.add(c);
    }
    for (int i = 0; i < 40; i++) {
      String id = String.format("single%02d.txt", i);
      articles.add(ReportFixtures.article(id, null, null, null, "text"));
      stories.add(new Story("one" + i, List.of(id)));
      all.add(id);
    }
    List<Narrative> narratives = List.of(new Narrative("n1", "everything", List.of("s1", "s2"), all.subList(0, 80)),
        new Narrative("n2", "small", List.of("s3", "s4"), List.of("o03.txt", "c03.txt", "o04.txt", "c04.txt")));
    List<InputProblem> problems = new ArrayList<>();
    for (int i = 0; i < 12; i++) problems.add(InputProblem.error("bad" + i + ".txt", 0, "skipped: empty file"));
    return new AnalysisResult(articles, relations, stories, narratives, problems);
  }

  @Test
  void eachSectionListsTenAndCountsTheRest() {
    String out = write(big(), false);
    assertTrue(out.contains("  … 5 more families (--all to list)\n"), out);
    assertTrue(out.contains("  … 2 more pairs (--all to list)\n"), out);
    assertTrue(out.contains("  … 17 more events (--all to list)\n"), out);
    assertTrue(out.contains("  … 2 more problems (--all to list)\n"), out);
    assertEquals(10, out.lines().filter(l -> l.matches("  o\\d\\d\\.txt  \\[.*")).count(), "ten family roots");
    assertTrue(out.contains("Articles: 94 (--all lists them"), "articles are not listed by default");
    assertTrue(out.lines().count() < 120, out.lines().count() + " lines");
  }

  @Test
  void allListsEverything() {
    String out = write(big(), true);
    assertFalse(out.contains("--all to list"), out);
    assertEquals(15, out.lines().filter(l -> l.matches("  o\\d\\d\\.txt  \\[.*")).count(), "every family root");
    assertTrue(out.contains("  bad11.txt: error: skipped: empty file"), "every problem");
    assertTrue(out.contains("\nArticles:\n  o00.txt\n    title        Title 0\n"), "the articles");
  }

  @Test
  void singleArticleEventsAndCorpusWideNarrativesAreNeverListed() {
    for (boolean all : List.of(false, true)) {
      String out = write(big(), all);
      assertFalse(out.contains("one1 "), "an event of one article");
      assertFalse(out.contains("n1  «everything»"), "the narrative of most of the corpus");
      assertTrue(out.contains("  n1 holds 80 of the 94 articles: too broad to mean one line, not listed"), out);
      assertTrue(out.contains("  n2  «small»  2 events, 4 articles"), out);
    }
  }

  @Test
  void theConfidenceIsSaidOnce() {
    String out = write(big(), true);
    assertFalse(out.contains("undecided: undecided"), out);
    assertTrue(out.contains("c15.txt ↔ o15.txt  partial  50%  (a date is missing)"), out);
    assertTrue(out.contains("likely: published 1 day earlier"), out);
  }

  @Test
  void countsAreSingularForOne() {
    Article o = ReportFixtures.article("o.txt", "A", "T", ReportFixtures.day(4, 1), "text");
    Article c = ReportFixtures.article("c.txt", "B", "T", ReportFixtures.day(4, 2), "text");
    AnalysisResult r = new AnalysisResult(List.of(o, c), List.of(copy("o.txt", "c.txt")),
        List.of(new Story("s1", List.of("c.txt", "o.txt"))), List.of(),
        List.of(InputProblem.warning("x.md", 0, "skipped: not a supported article format")));
    String out = write(r, false);
    assertTrue(out.startsWith("echotrace: 2 articles, 1 relation (1 verbatim), 1 event with several articles, "
        + "0 narratives, 1 problem\n"), out);
    assertTrue(out.contains("Copy families (1 family, largest first"), out);
  }
}
