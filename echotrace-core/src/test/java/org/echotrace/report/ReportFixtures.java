package org.echotrace.report;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.echotrace.model.AnalysisResult;
import org.echotrace.model.Article;
import org.echotrace.model.Entity;
import org.echotrace.model.FramingHit;
import org.echotrace.model.FramingShift;
import org.echotrace.model.InputProblem;
import org.echotrace.model.Narrative;
import org.echotrace.model.Origin;
import org.echotrace.model.Passage;
import org.echotrace.model.Published;
import org.echotrace.model.Quote;
import org.echotrace.model.QuoteChange;
import org.echotrace.model.QuoteKind;
import org.echotrace.model.QuoteVariant;
import org.echotrace.model.QuoteVariant.Op;
import org.echotrace.model.QuoteVariant.WordEdit;
import org.echotrace.model.Relation;
import org.echotrace.model.RelationKind;
import org.echotrace.model.SentencePair;
import org.echotrace.model.Story;

/**
 * Results built by hand for the report's tests, here and in the CLI's browser test (which gets them through the
 * test jar): a small hostile corpus, and random overlapping highlights.
 */
public final class ReportFixtures {
  public static final String SCRIPT = "<script>alert(1)</script>";
  public static final String IMG = "<img src=x onerror=alert(1)>";

  private ReportFixtures() {}

  public static Article article(String id, String outlet, String title, Published date, String text) {
    return Article.builder(id, text).title(title).published(date).outlet(outlet).language("en").build();
  }

  public static Published day(int month, int day) {
    return new Published(LocalDate.of(2025, month, day), LocalTime.of(9, 0), ZoneOffset.UTC, "test");
  }

  public static String render(AnalysisResult result) throws IOException {
    StringWriter w = new StringWriter();
    new HtmlReport().write(result, w);
    return w.toString();
  }

  /** An origin, a reworded copy with a changed quote and a framing shift, and a hostile article copied verbatim. */
  public static AnalysisResult handBuilt() {
    String originText = "The minister said \"we will not retreat from the talks\" on Monday.\n\n"
        + "Officials in Kyiv met the delegation.";
    String copyText = "The minister said \"we shall never retreat from talks\" on Monday.\n\n"
        + "Officials of the Kiev regime met the delegation.";
    String hostile = "Outlet text " + SCRIPT + " and " + IMG + " end.";
    Article origin = article("origin.txt", "Harbour Times", "Talks go on", day(4, 1), originText);
    Article copy = article("copy.txt", "Digest \"Hub\"", "Talks: " + SCRIPT, day(4, 3), copyText);
    Article evil = article("evil<b>.txt", IMG, SCRIPT, day(4, 2), hostile);
    Article evilCopy = Article.builder("evil-copy.txt", hostile).outlet("\"><svg onload=alert(1)>").url("javascript:alert(1)").language("en").build();
    int oq = originText.indexOf("we will"), cq = copyText.indexOf("we shall");
    Quote originQuote = new Quote("origin.txt", "we will not retreat from the talks", oq, oq + 34, QuoteKind.QUOTE,
        "Jane Roe", "the minister", 4, 12, "said");
    Quote copyQuote = new Quote("copy.txt", "we shall never retreat from talks", cq, cq + 33, QuoteKind.QUOTE,
        "Jane Roe", "the minister", 4, 12, "said");
    QuoteVariant reworded = new QuoteVariant("copy.txt", "origin.txt", 1, 0, QuoteChange.REWORDED,
        List.of(new WordEdit(Op.KEEP, "we"), new WordEdit(Op.DELETE, "will not"), new WordEdit(Op.INSERT, "shall never"),
            new WordEdit(Op.KEEP, "retreat from"), new WordEdit(Op.DELETE, "the"), new WordEdit(Op.KEEP, "talks")),
        0.8);
    int kiev = copyText.indexOf("Kiev regime"), kyiv = originText.indexOf("Kyiv");
    FramingHit hit = new FramingHit("copy.txt", "kiev-regime", "delegitimising-name", "Kiev regime", kiev, kiev + 11);
    // A term inside the quote inside the passage: three levels of highlight over the same words.
    int never = copyText.indexOf("never");
    FramingHit inQuote = new FramingHit("copy.txt", "never", "loaded-language", "never", never, never + 5);
    FramingShift shift = new FramingShift("origin.txt", "copy.txt", kyiv, kyiv + 4, kiev - 4, kiev + 11, "in Kyiv",
        "of the Kiev regime", "kiev-regime", "delegitimising-name");
    Relation paraphrase = new Relation("copy.txt", "origin.txt", RelationKind.PARAPHRASE,
        new Origin("origin.txt", List.of("published 2 days earlier")), 0.9, 0.9, 0.9,
        // A passage that crosses the quote's end, to force a split.
        List.of(new Passage(0, cq + 20, 0, oq + 20, 6), new Passage(cq + 25, cq + 45, oq + 25, oq + 45, 3)),
        List.of(new SentencePair(0, copyText.indexOf('\n'), 0, originText.indexOf('\n'), 0.87)));
    Relation verbatim = new Relation("evil-copy.txt", "evil<b>.txt", RelationKind.VERBATIM,
        Origin.undecided("a date is missing"), 1.0, 1.0, 1.0, List.of(new Passage(0, hostile.length(), 0,
            hostile.length(), 9)));
    Story story = new Story("s1", List.of("copy.txt", "origin.txt"), "2025-04-01T09:00:00Z", "2025-04-03T09:00:00Z",
        "minister · talks", List.of("Harbour Times", "Digest \"Hub\""));
    Story other = new Story("s2", List.of("evil-copy.txt", "evil<b>.txt"), "2025-04-02", "2025-04-02", SCRIPT,
        List.of(IMG));
    Narrative narrative = new Narrative("n1", "talks " + IMG, List.of("s1", "s2"), List.of());
    Entity kyivEntity = new Entity("Kyiv", Entity.EntityType.PLACE, List.of(
        new Entity.Variant("Kyiv", 1, List.of("origin.txt"), List.of("Harbour Times")),
        new Entity.Variant("Kiev", 1, List.of("copy.txt"), List.of("Digest \"Hub\""))));
    return new AnalysisResult(List.of(origin, copy, evil, evilCopy), List.of(paraphrase, verbatim),
        List.of(story, other), List.of(narrative), List.of(InputProblem.error("bad" + SCRIPT + ".txt", 0, IMG)),
        List.of(originQuote, copyQuote), List.of(reworded), List.of(kyivEntity), List.of(hit, inQuote), List.of(shift));
  }


  /**
   * {@code pairs} articles each copied by another, every pair with {@code marks} random passages, sentence pairs,
   * quotes and framing terms over the same 200 characters, overlapping every which way. Pair {@code k} is relation
   * {@code k}, between {@code a<k>.txt} and {@code b<k>.txt}; term entries are named {@code t<k>-<i>}. The seed makes
   * it reproducible.
   */
  public static AnalysisResult randomOverlaps(long seed, int pairs, int marks) {
    Random random = new Random(seed);
    List<Article> articles = new ArrayList<>();
    List<Relation> relations = new ArrayList<>();
    List<Story> stories = new ArrayList<>();
    List<Quote> quotes = new ArrayList<>();
    List<FramingHit> terms = new ArrayList<>();
    for (int k = 0; k < pairs; k++) {
      StringBuilder t = new StringBuilder();
      while (t.length() < 200) t.append((char) ('a' + random.nextInt(26))).append(random.nextInt(5) == 0 ? " " : "");
      String text = t.substring(0, 200) + " <b>&amp;</b>";
      String a = "a" + k + ".txt", b = "b" + k + ".txt";
      List<Passage> passages = new ArrayList<>();
      List<SentencePair> sentences = new ArrayList<>();
      for (int i = 0; i < marks; i++) {
        int s1 = random.nextInt(210) - 5, e1 = s1 + random.nextInt(60), s2 = random.nextInt(210) - 5,
            e2 = s2 + random.nextInt(60);
        int s = Math.max(0, s1), e = Math.min(text.length(), Math.max(0, e1));
        switch (random.nextInt(4)) {
          case 0 -> passages.add(new Passage(s, e, Math.max(0, s2), Math.min(text.length(), Math.max(0, e2)), 5));
          case 1 -> sentences.add(new SentencePair(s, e, Math.max(0, s2), Math.min(text.length(), Math.max(0, e2)),
              random.nextDouble()));
          case 2 -> quotes.add(new Quote(random.nextBoolean() ? a : b, "q", s, e, QuoteKind.QUOTE, null, null, 0, 0,
              "said"));
          default -> terms.add(new FramingHit(random.nextBoolean() ? a : b, "t" + k + "-" + i, "loaded-language", "x", s,
              e));
        }
      }
      articles.add(article(a, "A", "A", day(4, 1), text));
      articles.add(article(b, "B", "B", day(4, 2), text));
      relations.add(new Relation(a, b, RelationKind.PARAPHRASE, new Origin(a, List.of("earlier")), 0.9, 0.9, 0.9,
          passages, sentences));
      stories.add(new Story("s" + k, List.of(a, b)));
    }
    return new AnalysisResult(articles, relations, stories, List.of(), List.of(), quotes, List.of(), List.of(), terms,
        List.of());
  }
}
