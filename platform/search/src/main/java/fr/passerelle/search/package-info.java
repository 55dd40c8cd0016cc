/**
 * Search: one Lucene index per node under {@code var/index/}, a projection of the database fed by an
 * outbox consumer, queried with the caller's identity.
 *
 * <p>French text is analysed by {@link fr.passerelle.search.FrenchAnalysis} (one analyzer for
 * documents, one for queries, synonyms from {@code content/search/synonyms.txt}), and what users
 * type becomes a {@link fr.passerelle.search.SearchQuery} through
 * {@link fr.passerelle.search.QueryParsing}, over the fields of {@link fr.passerelle.search.SearchFields}.
 */
package fr.passerelle.search;
