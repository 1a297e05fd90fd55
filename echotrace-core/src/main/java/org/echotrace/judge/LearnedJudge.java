package org.echotrace.judge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.echotrace.model.Article;
import org.echotrace.model.RelationKind;

/**
 * The shipped pair judge: two models learned from labelled pairs ({@link PairModel}), and two thresholds chosen by
 * cross-validation by story ({@code bin/echotrace-bench provenance}, docs/BENCHMARKS.md):
 * <ul>
 *   <li>the <b>kind</b> model tells the four kinds of copy, independent reports of one event and unrelated pairs apart
 *       (trained on corpora whose copies are labelled: web-dev, examples, seeds); a pair is a copy when its four copy
 *       probabilities sum to at least {@link Thresholds#copy()}; the kind is the likeliest copy class, and always
 *       {@code translation} between two known, different languages (never across them otherwise);
 *   <li>the <b>event</b> model says whether two articles report one event (trained on those corpora and on ECB+,
 *       whose topics pair look-alike events); a pair that is not a copy is same-story when that probability reaches
 *       {@link Thresholds#sameEvent()}, and the probability weighs event clustering;
 *   <li>otherwise the pair is not related;
 *   <li>a pair below the copy threshold but at least at {@link Thresholds#sibling()} (across languages: any pair)
 *       carries the kind it would have as a copy ({@link Judgement#sibling()}): {@link PairStage#judged} reports it
 *       when both articles copy one common third with probability {@link Thresholds#siblingSupport()} or more (two
 *       rewrites of one wire story are often further apart from each other than each is from the wire).
 * </ul>
 * A pair that shares no specific fact (no quotation, calendar day, distinctive number, identical passage or close
 * sentence, and not published within a few days) is never one event by this judge: its event probability is {@link #UNSPECIFIC}.
 * Two models ship: one for runs with the sentence model, one for runs without it (its vector features are 0).
 * Thread-safe.
 */
public final class LearnedJudge implements PairJudge {
  /**
   * The thresholds of the decision above, with the model they were chosen for.
   *
   * @param copy copy probability from which a pair is a copy on its own
   * @param sameEvent same-event probability from which a pair that is not a copy is same-story
   * @param sibling copy probability from which a pair below {@code copy} is a copy after all when both its articles
   *     copy one common third ({@link Judgement#sibling()}); equal to {@code copy} when siblings are not read
   * @param siblingSupport the copy probability both links to that common third must reach
   */
  public record Thresholds(double copy, double sameEvent, double sibling, double siblingSupport) {
    public Thresholds {
      org.echotrace.internal.Check.unitInterval(copy, "copy");
      org.echotrace.internal.Check.unitInterval(sameEvent, "sameEvent");
      org.echotrace.internal.Check.unitInterval(sibling, "sibling");
      org.echotrace.internal.Check.unitInterval(siblingSupport, "siblingSupport");
      if (sibling > copy) throw new IllegalArgumentException("sibling " + sibling + " above copy " + copy);
    }

    /** Thresholds that read no siblings. */
    public Thresholds(double copy, double sameEvent) {
      this(copy, sameEvent, copy, 1);
    }
  }

  static final String RESOURCES = "/org/echotrace/judge/";
  private final PairModel model;
  private final PairModel event;
  private final Thresholds thresholds;
  private final boolean vectors;

  /**
   * @param vectors whether the features were measured with the sentence model; when false, vector features are set to
   *     0 before the model sees them, as in training
   */
  public LearnedJudge(PairModel model, PairModel event, Thresholds thresholds, boolean vectors) {
    this.model = java.util.Objects.requireNonNull(model, "model");
    this.event = java.util.Objects.requireNonNull(event, "event");
    this.thresholds = java.util.Objects.requireNonNull(thresholds, "thresholds");
    this.vectors = vectors;
  }

  /** The bundled judge for runs with the sentence model ({@code vectors}) or without. */
  public static LearnedJudge bundled(boolean vectors) {
    return vectors ? Bundled.FULL : Bundled.LEXICAL;
  }

  /** Loaded on first use. */
  private static final class Bundled {
    static final LearnedJudge FULL = load("full", true);
    static final LearnedJudge LEXICAL = load("lexical", false);
  }

  private static LearnedJudge load(String variant, boolean vectors) {
    try (InputStream json = LearnedJudge.class.getResourceAsStream(RESOURCES + "pair-judge.json");
        InputStream kind = LearnedJudge.class.getResourceAsStream(RESOURCES + "pair-judge-" + variant + "-kind.tribuo");
        InputStream event = LearnedJudge.class.getResourceAsStream(RESOURCES + "pair-judge-" + variant + "-event.tribuo")) {
      if (json == null || kind == null || event == null) {
        throw new IllegalStateException("the bundled pair judge is missing: rebuild");
      }
      JsonNode t = new ObjectMapper().readTree(json).path(variant).path("thresholds");
      double copy = t.path("copy").asDouble();
      return new LearnedJudge(PairModel.read(kind), PairModel.read(event), new Thresholds(copy,
          t.path("same_event").asDouble(), t.path("sibling").asDouble(copy), t.path("sibling_support").asDouble(1)),
          vectors);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled pair judge", e);
    }
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  public PairModel model() {
    return model;
  }

  public PairModel eventModel() {
    return event;
  }

  @Override
  public Judgement judge(Article a, Article b, PairFeatures features) {
    PairFeatures f = vectors ? features : features.withoutVectors();
    double sameEvent = event.probabilities(f.forEvents())[PairClass.SAME_STORY.ordinal()];
    if (!specific(features)) sameEvent = Math.min(sameEvent, UNSPECIFIC);
    return decide(model.probabilities(f), sameEvent, features.get(Feature.OTHER_LANGUAGE) == 1, thresholds);
  }

  /**
   * Two reports of one event share at least one specific fact: a quotation, a calendar day, a distinctive number, a passage of
   * identical wording, a closely matching sentence, or publication dates at most {@link #CLOSE_DAYS} days apart (the
   * time window of event detection since TDT: alone it lets the event model weigh the rest).
   * Articles that share only names (the same spokesman, the same countries) carry the same line over different events
   * as often as they report one: the event model, which weighs names heavily, is not trusted there. Nor between two
   * articles published a month or more apart, which report a later development, not the same event.
   */
  public static boolean specific(PairFeatures f) {
    if (f.get(Feature.DATED) == 1 && f.get(Feature.DATE_GAP) >= 1) return false; // a month or more apart
    return f.get(Feature.QUOTES) > 0 || f.get(Feature.DAYS) > 0
        || f.get(Feature.DISTINCT_NUMBERS) > 0
        || f.get(Feature.LEX_PASSAGES) > 0 || f.get(Feature.VEC_STRONG) > 0 || f.get(Feature.BRIDGE_STRONG) > 0
        || f.get(Feature.DATED) == 1 && f.get(Feature.DATE_GAP) * 30 <= CLOSE_DAYS;
  }

  /** Days within which two dated articles may report one event without another shared fact. */
  static final double CLOSE_DAYS = 3;
  /** What a pair without a specific shared fact counts towards one event: nothing. */
  public static final double UNSPECIFIC = 0;

  /**
   * The decision rule, from the kind model's class probabilities (indexed by {@link PairClass#ordinal()}) and the
   * event model's probability that both report one event.
   */
  public static Judgement decide(double[] p, double event, boolean otherLanguage, Thresholds t) {
    double copy = 0;
    for (PairClass c : PairClass.values()) if (c.isCopy()) copy += p[c.ordinal()];
    double sameEvent = copy >= t.copy() ? Math.max(copy, event) : event;
    PairClass best = null;
    for (PairClass c : PairClass.values()) {
      if (!c.isCopy() || otherLanguage != (c == PairClass.TRANSLATION)) continue;
      if (best == null || p[c.ordinal()] > p[best.ordinal()]) best = c;
    }
    RelationKind copyKind = otherLanguage ? RelationKind.TRANSLATION : best.kind();
    if (copy >= t.copy()) return new Judgement(copyKind, copy, sameEvent, otherLanguage ? copy : p[best.ordinal()]);
    // across languages a pair's own copy probability says little (the two texts share no wording), so where siblings
    // are read at all, two renderings in two languages are siblings at any probability: the evidence is both links to
    // the common third (cross-validated on web-dev: translations 21 -> 25 of 34, no wrong claim more)
    boolean readsSiblings = t.sibling() < t.copy();
    RelationKind sibling = copy >= t.sibling() || otherLanguage && readsSiblings ? copyKind : null;
    if (sameEvent >= t.sameEvent()) {
      return new Judgement(RelationKind.SAME_STORY, copy, sameEvent, sameEvent, sibling, t.siblingSupport());
    }
    return new Judgement(null, copy, sameEvent, 1 - sameEvent, sibling, t.siblingSupport());
  }
}
