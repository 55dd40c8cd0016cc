package fr.passerelle.search;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * One page of results, the facet counts of the whole result set, and a corrected query when nothing
 * was found. Everything in it was already trimmed to what the asker may see.
 *
 * @param query the query text as understood (cleaned and capped)
 * @param total exact number of matching documents the asker may see
 * @param facets facet name to values, most frequent first; a selected facet counts as if it were
 *     not selected, so that its other values show what choosing them would give
 * @param didYouMean a query that finds something, when this one found nothing; else null
 * @param partial true when no document held every word and these are the documents holding most
 */
public record SearchResults(
    String query,
    long total,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    String didYouMean,
    int page,
    int size,
    boolean partial) {

  /**
   * @param snippetHtml an extract with the matched words in {@code <mark>}; everything else in it is
   *     escaped, so it may be inserted in a page as is
   */
  public record Hit(
      String type, String id, String title, String url, String snippetHtml, OffsetDateTime date, float score) {}

  /** @param label what people read: the value itself except for types, which have a French name */
  public record FacetValue(String value, String label, int count, boolean selected) {}

  public long pageCount() {
    return Math.max(1, (total + size - 1) / size);
  }
}
