package fr.passerelle.search;

import java.util.Objects;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * What a user asked for: the text as understood (cleaned and capped, fit to show back in the search
 * box) and the Lucene query over {@link SearchFields}' text fields.
 *
 * @param text the cleaned query text
 * @param query the Lucene query; {@link MatchAllDocsQuery} when nothing searchable was typed
 */
public record SearchQuery(String text, Query query) {

  public SearchQuery {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(query, "query");
  }

  /**
   * True when nothing searchable was typed (blank, only punctuation or stop words): the caller
   * should list rather than rank, since every document would match with the same score.
   */
  public boolean isEmpty() {
    return query instanceof MatchAllDocsQuery;
  }
}
