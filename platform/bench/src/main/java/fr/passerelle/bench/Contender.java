package fr.passerelle.bench;

/** One way of answering the query mix: Passerelle, bare Lucene, PostgreSQL. */
interface Contender extends AutoCloseable {

  /** Its name in the table. */
  String name();

  /**
   * Answers the query as a results page would need it: the first 20 hits with what a page shows of
   * them, and the total.
   *
   * @return the total number of matching documents the asker may see
   */
  long run(QueryMix.BenchQuery query) throws Exception;

  @Override
  void close() throws Exception;
}
