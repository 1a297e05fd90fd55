package org.echotrace.store;

import java.util.List;
import org.echotrace.model.QuoteVariant.WordEdit;

/**
 * A quiet edit: a new capture of a known page whose text differs from the capture before it.
 *
 * @param id the article's id (the newest capture's)
 * @param url the page's URL, or null when the captures are matched by id
 * @param previousAdded when the earlier capture entered the store (ISO-8601 instant)
 * @param added when this capture entered the store
 * @param wordsRemoved words of the earlier clean text not in the new one
 * @param wordsAdded words of the new clean text not in the earlier one
 * @param changes the changed stretches, in text order (unchanged stretches left out), at most 50
 */
public record Edit(String id, String url, String previousAdded, String added, int wordsRemoved, int wordsAdded,
    List<WordEdit> changes) {
  public Edit {
    changes = List.copyOf(changes);
  }
}
