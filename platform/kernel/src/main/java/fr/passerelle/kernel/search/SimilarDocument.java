package fr.passerelle.kernel.search;

/** A document found like another one ("ressources proches", "initiatives similaires"); the summary is plain text. */
public record SimilarDocument(String type, String id, String title, String url, String summary) {
}
