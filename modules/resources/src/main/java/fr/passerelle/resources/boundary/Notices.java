package fr.passerelle.resources.boundary;

import java.util.Map;

/**
 * Messages shown after a redirect, chosen by a code in the address: the page never echoes text from the
 * address, so a link cannot make Passerelle say something it did not.
 */
final class Notices {

    static final String REPORTED = "signalement-envoye";
    static final String PROPOSED = "proposition-envoyee";
    static final String SAVED = "modifications-enregistrees";
    static final String DECIDED = "decision-enregistree";
    static final String FILE_ADDED = "fichier-ajoute";
    static final String FILE_REMOVED = "fichier-retire";

    private static final Map<String, String> TEXTS = Map.of(
            REPORTED, "Merci : votre signalement a été transmis à l'équipe éditoriale.",
            PROPOSED, "Votre proposition est enregistrée. L'équipe éditoriale la relira avant de la publier ; "
                    + "en attendant, vous seul et l'équipe la voyez.",
            SAVED, "Vos modifications sont enregistrées.",
            DECIDED, "Votre décision est enregistrée dans l'historique de la ressource.",
            FILE_ADDED, "Le fichier est joint à la ressource.",
            FILE_REMOVED, "Le fichier a été retiré de la ressource.");

    private Notices() {
    }

    static String text(String code) {
        return code == null ? null : TEXTS.get(code);
    }
}
