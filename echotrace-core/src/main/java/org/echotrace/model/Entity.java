package org.echotrace.model;

import java.util.List;
import java.util.Objects;

/**
 * A person, place or organisation named across the corpus, with the naming variants merged (Sergey/Sergei Lavrov,
 * Kiev/Kyiv).
 *
 * @param name the canonical name (the fullest, most frequent form)
 * @param type person, place, organisation
 * @param variants each spelling seen, with who used it
 */
public record Entity(String name, EntityType type, List<Variant> variants) {
  public Entity {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    variants = List.copyOf(variants);
  }

  /** One spelling of an entity: how often it occurs, in which articles, used by which outlets. */
  public record Variant(String text, int mentions, List<String> articles, List<String> outlets) {
    public Variant {
      Objects.requireNonNull(text, "text");
      articles = List.copyOf(articles);
      outlets = List.copyOf(outlets);
    }
  }

  /** Kinds of named entity. */
  public enum EntityType {
    PERSON, PLACE, ORGANISATION;

    public String jsonName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
