package org.echotrace.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One page of a listing: {@code items} from {@code offset}, out of {@code total}.
 *
 * @param items JSON objects in the shape of the analysis JSON (see {@link Store})
 */
public record Page(int total, int offset, List<JsonNode> items) {
  public Page {
    items = List.copyOf(items);
  }
}
