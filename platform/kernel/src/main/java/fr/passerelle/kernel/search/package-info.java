/**
 * The search SPI: what modules give the index ({@link fr.passerelle.kernel.search.SearchIndexer},
 * {@link fr.passerelle.kernel.search.SearchDocument}), how they announce a change
 * ({@link fr.passerelle.kernel.search.SearchChanges}) and who may see what
 * ({@link fr.passerelle.kernel.search.Visibility}, {@link fr.passerelle.kernel.search.AccessGrants}).
 * The Lucene side lives in {@code platform/search}, which names no module.
 */
package fr.passerelle.kernel.search;
