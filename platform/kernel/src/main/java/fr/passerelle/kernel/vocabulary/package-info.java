/**
 * Vocabularies shared by every module, so that search facets and filters mean the same everywhere:
 * {@link fr.passerelle.kernel.vocabulary.Theme} and {@link fr.passerelle.kernel.vocabulary.Audience}.
 * Codes are stored and exchanged; labels are French and shown.
 */
package fr.passerelle.kernel.vocabulary;
