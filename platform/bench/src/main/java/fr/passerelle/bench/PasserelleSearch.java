package fr.passerelle.bench;

import fr.passerelle.kernel.api.Paging;
import fr.passerelle.search.SearchRequest;
import fr.passerelle.search.SearchResults;
import fr.passerelle.search.SearchService;

/**
 * The platform's own search service, called as the search endpoint calls it: facet counts of every
 * facet (counts of a selected facet as if it were not selected), security trimming, freshness
 * boost, snippets of the 20 hits.
 */
final class PasserelleSearch implements Contender {

  private final SearchService service;

  PasserelleSearch(SearchService service) {
    this.service = service;
  }

  @Override
  public String name() {
    return "Passerelle";
  }

  @Override
  public long run(QueryMix.BenchQuery query) {
    SearchRequest request = new SearchRequest(
        query.text(), query.filters(), new Paging(1, Paging.DEFAULT_SIZE), SearchRequest.Order.RELEVANCE);
    SearchResults results = service.search(request, query.identity().grants());
    if (results.hits().size() > Paging.DEFAULT_SIZE) {
      throw new IllegalStateException("page larger than asked");
    }
    return results.total();
  }

  @Override
  public void close() {
    // the index and the analysis belong to the benchmark, which closes them
  }
}
