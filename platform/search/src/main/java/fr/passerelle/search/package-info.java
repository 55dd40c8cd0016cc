/**
 * Search: one Lucene index per node under {@code var/index/}, a projection of the database fed by an
 * outbox consumer, queried with the caller's identity. Empty until the search issue: the module exists
 * so that the WAR's shape and the build order are settled from the start.
 */
package fr.passerelle.search;
