package fr.passerelle.resources.control;

import fr.passerelle.kernel.history.Changes;
import fr.passerelle.kernel.vocabulary.Term;
import fr.passerelle.resources.entity.Resource;
import fr.passerelle.resources.entity.TerritorialLevel;
import java.util.List;

/**
 * The fields of a resource the history compares, as people read them (labels, not codes), so that an
 * editor sees "Licence : CC BY 4.0 → Licence Ouverte 2.0" rather than internal values.
 */
public record ResourceSnapshot(String title, String summary, String body, String type, String licence,
                               List<String> themes, List<String> audiences, String level, String producer,
                               String producerUrl, String externalUrl, String status) {

    public static final String LICENCE = "Licence";

    public static ResourceSnapshot of(Resource r) {
        return new ResourceSnapshot(r.getTitle(), r.getSummary(), r.getBody(), r.getType().label(),
                r.getLicence().shortLabel(), labels(r.getThemes()), labels(r.getAudiences()),
                r.getTerritorialLevel().map(TerritorialLevel::label).orElse(null), r.getProducerName(),
                r.getProducerUrl(), r.getExternalUrl(), r.status().label());
    }

    private static List<String> labels(List<? extends Term> terms) {
        return terms.stream().map(Term::label).toList();
    }

    /** What differs from {@code before} to this snapshot, with French field names. */
    public Changes since(ResourceSnapshot before) {
        return new Changes()
                .compare("Titre", before == null ? null : before.title, title)
                .compare("Résumé", before == null ? null : before.summary, summary)
                .compare("Contenu", before == null ? null : before.body, body)
                .compare("Type", before == null ? null : before.type, type)
                .compare(LICENCE, before == null ? null : before.licence, licence)
                .compare("Thèmes", before == null ? null : before.themes, themes)
                .compare("Publics", before == null ? null : before.audiences, audiences)
                .compare("Niveau territorial", before == null ? null : before.level, level)
                .compare("Producteur", before == null ? null : before.producer, producer)
                .compare("Site du producteur", before == null ? null : before.producerUrl, producerUrl)
                .compare("Lien externe", before == null ? null : before.externalUrl, externalUrl)
                .compare("Statut", before == null ? null : before.status, status);
    }
}
