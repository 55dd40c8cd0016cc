package fr.passerelle.resources.entity;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of resource the centre holds, with their French labels. */
public enum ResourceType implements fr.passerelle.kernel.vocabulary.Term {
    GUIDE("guide", "Guide"),
    FICHE_PRATIQUE("fiche-pratique", "Fiche pratique"),
    OUTIL("outil", "Outil"),
    FORMATION("formation", "Formation / MOOC"),
    VIDEO("video", "Vidéo"),
    KIT_COMMUNICATION("kit-communication", "Kit de communication"),
    ETUDE("etude", "Étude"),
    MODELE("modele", "Modèle de document");

    private final String code;
    private final String label;

    ResourceType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public static Optional<ResourceType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(ResourceType::code).toList());
    }
}
