package org.echotrace.judge;

import java.util.Locale;
import org.echotrace.model.RelationKind;

/** What the pair judge tells apart: the four kinds of copy, independent reports of one event, and nothing. */
public enum PairClass {
  VERBATIM(RelationKind.VERBATIM),
  PARTIAL(RelationKind.PARTIAL),
  PARAPHRASE(RelationKind.PARAPHRASE),
  TRANSLATION(RelationKind.TRANSLATION),
  SAME_STORY(RelationKind.SAME_STORY),
  /** Unrelated, or related only by narrative (decided by clustering, not pair by pair). */
  NONE(null);

  private final RelationKind kind;

  PairClass(RelationKind kind) {
    this.kind = kind;
  }

  /** The relation kind, or null for {@link #NONE}. */
  public RelationKind kind() {
    return kind;
  }

  public boolean isCopy() {
    return kind != null && kind.isCopy();
  }

  /** The label in model files: {@code verbatim}, ..., {@code same-story}, {@code none}. */
  public String label() {
    return kind == null ? "none" : kind.jsonName();
  }

  /** The class of a relation kind; same-narrative and null are {@link #NONE}. */
  public static PairClass of(RelationKind kind) {
    if (kind == null || kind == RelationKind.SAME_NARRATIVE) return NONE;
    return valueOf(kind.name());
  }

  public static PairClass ofLabel(String label) {
    for (PairClass c : values()) if (c.label().equals(label)) return c;
    throw new IllegalArgumentException("unknown pair class " + label.toLowerCase(Locale.ROOT));
  }
}
