package fr.passerelle.search;

import fr.passerelle.kernel.errors.Unavailable;
import fr.passerelle.kernel.search.SimilarDocument;
import fr.passerelle.kernel.search.SimilarDocuments;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/** {@link SimilarDocuments} for the caller of the current request, over this node's index. */
@RequestScoped
public class MoreLikeThisDocuments implements SimilarDocuments {

  private static final Logger LOG = Logger.getLogger(MoreLikeThisDocuments.class.getName());
  static final int MAX = 20;

  @Inject SearchRuntime runtime;

  @Inject CallerGrants grants;

  @Override
  public List<SimilarDocument> like(String type, String id, Set<String> types, int max) {
    if (type == null || id == null || max < 1) {
      return List.of();
    }
    try {
      return runtime.service().similar(type, id, types == null ? Set.of() : types, Math.min(max, MAX), grants.grants());
    } catch (Unavailable e) {
      // A page's "related" block is an extra: while the index starts, the page shows without it.
      LOG.log(Level.FINE, "similar documents skipped: search is starting", e);
      return List.of();
    }
  }
}
