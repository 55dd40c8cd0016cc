package fr.passerelle.territories.boundary;

import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.geography.OfficialGeography;
import fr.passerelle.kernel.vocabulary.Theme;
import fr.passerelle.territories.entity.InitiativeStatus;
import fr.passerelle.territories.entity.TerritoryKind;

/** Query parameters of lists (API and pages), checked: an unknown value is a French 400, not an empty list. */
final class Filters {

    private Filters() {
    }

    static String region(InvalidInput.Collector errors, String name, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        String c = code.strip();
        if (OfficialGeography.get().region(c).isEmpty()) {
            errors.add(name, "« " + c + " » n'est pas un code INSEE de région");
        }
        return c;
    }

    static TerritoryKind kind(InvalidInput.Collector errors, String name, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return TerritoryKind.fromCode(code.strip()).orElseGet(() -> {
            errors.add(name, "est inconnu (valeurs possibles : " + TerritoryKind.codes() + ")");
            return null;
        });
    }

    static String theme(InvalidInput.Collector errors, String name, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Theme.fromCode(code.strip()).map(Theme::code).orElseGet(() -> {
            errors.add(name, "est inconnu (valeurs possibles : " + Theme.codes() + ")");
            return null;
        });
    }

    static InitiativeStatus status(InvalidInput.Collector errors, String name, String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return InitiativeStatus.fromCode(code.strip()).orElseGet(() -> {
            errors.add(name, "est inconnu (valeurs possibles : " + InitiativeStatus.codes() + ")");
            return null;
        });
    }
}
