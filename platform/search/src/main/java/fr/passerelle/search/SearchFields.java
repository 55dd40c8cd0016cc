package fr.passerelle.search;

/** Names of the indexed text fields that user queries search. */
public final class SearchFields {

  /** The document's title: a match here says most about what the document is. */
  public static final String TITLE = "title";

  /** A short description or abstract, written to say what the document is about. */
  public static final String SUMMARY = "summary";

  /** The full text. */
  public static final String BODY = "body";

  private SearchFields() {}
}
