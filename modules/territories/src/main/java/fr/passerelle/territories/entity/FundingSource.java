package fr.passerelle.territories.entity;

import fr.passerelle.kernel.vocabulary.Term;
import java.util.Optional;

/** Who pays a funding line of an initiative. */
public enum FundingSource implements Term {
    ETAT("etat", "État"),
    BANQUE_DES_TERRITOIRES("banque-des-territoires", "Banque des Territoires"),
    COLLECTIVITE("collectivite", "Collectivité"),
    PASS_NUMERIQUE("pass-numerique", "Pass numérique"),
    FONDS_EUROPEENS("fonds-europeens", "Fonds européens"),
    OPERATEUR("operateur", "Opérateur"),
    AUTRE("autre", "Autre");

    private final String code;
    private final String label;

    FundingSource(String code, String label) {
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

    public static Optional<FundingSource> fromCode(String code) {
        return Term.fromCode(FundingSource.class, code);
    }

    public static String codes() {
        return Term.codes(FundingSource.class);
    }
}
