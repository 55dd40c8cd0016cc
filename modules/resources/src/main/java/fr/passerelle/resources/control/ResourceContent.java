package fr.passerelle.resources.control;

import fr.passerelle.kernel.web.Markdown;
import fr.passerelle.resources.entity.Resource;

/** Writes checked content into a resource, keeping the listing's folded search text in step. */
final class ResourceContent {

    private ResourceContent() {
    }

    static void apply(Resource r, ResourceDescription d, String attachmentsText) {
        r.describe(d.title(), d.summary(), d.body(), d.type(), d.licence());
        r.classify(d.themes(), d.audiences());
        r.situate(d.level(), d.producerName(), d.producerUrl(), d.externalUrl());
        refreshSearchText(r, attachmentsText);
    }

    static void refreshSearchText(Resource r, String attachmentsText) {
        r.setSearchText(FoldedText.of(r.getTitle(), r.getSummary(), Markdown.toPlainText(r.getBody()),
                r.getProducerName(), attachmentsText));
    }
}
