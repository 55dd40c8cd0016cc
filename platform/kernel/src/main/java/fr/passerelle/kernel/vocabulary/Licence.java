package fr.passerelle.kernel.vocabulary;

import java.util.Arrays;
import java.util.Optional;

/** The licences a resource or an initiative may carry: SPDX ids (and "tous droits réservés"), with name and link. */
public enum Licence {
    ETALAB_2_0("etalab-2.0", "Licence Ouverte 2.0", "Licence Ouverte / Open Licence 2.0", "https://www.etalab.gouv.fr/licence-ouverte-open-licence/"),
    CC_BY_4_0("CC-BY-4.0", "CC BY 4.0", "Creative Commons Attribution 4.0", "https://creativecommons.org/licenses/by/4.0/deed.fr"),
    CC_BY_SA_4_0("CC-BY-SA-4.0", "CC BY-SA 4.0", "Creative Commons Attribution – Partage dans les mêmes conditions 4.0", "https://creativecommons.org/licenses/by-sa/4.0/deed.fr"),
    CC_BY_NC_SA_4_0("CC-BY-NC-SA-4.0", "CC BY-NC-SA 4.0", "Creative Commons Attribution – Pas d'utilisation commerciale – Partage dans les mêmes conditions 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/deed.fr"),
    CC0_1_0("CC0-1.0", "CC0 1.0", "Creative Commons Zéro 1.0 (domaine public)", "https://creativecommons.org/publicdomain/zero/1.0/deed.fr"),
    ALL_RIGHTS_RESERVED("tous-droits-reserves", "Tous droits réservés", "Tous droits réservés", null);

    public static final Licence DEFAULT = ETALAB_2_0;

    private final String id;
    private final String shortLabel;
    private final String label;
    private final String url;

    Licence(String id, String shortLabel, String label, String url) {
        this.id = id;
        this.shortLabel = shortLabel;
        this.label = label;
        this.url = url;
    }

    public String id() {
        return id;
    }

    /** The name as it fits in a facet or a card, e.g. "CC BY-SA 4.0". */
    public String shortLabel() {
        return shortLabel;
    }

    public String label() {
        return label;
    }

    public String url() {
        return url;
    }

    public static Optional<Licence> fromId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }

    public static String ids() {
        return String.join(", ", Arrays.stream(values()).map(Licence::id).toList());
    }
}
