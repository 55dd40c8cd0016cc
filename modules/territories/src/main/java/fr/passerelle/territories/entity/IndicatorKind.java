package fr.passerelle.territories.entity;

import fr.passerelle.kernel.vocabulary.Term;
import java.util.Optional;

/**
 * What an indicator counts. Each kind has one unit, so that the national dashboard adds like with like;
 * every value is a whole number of that unit.
 */
public enum IndicatorKind implements Term {
    PERSONNES_ACCOMPAGNEES("personnes-accompagnees", "Personnes accompagnées", "personnes"),
    PASS_DISTRIBUES("pass-distribues", "Pass numérique distribués", "pass"),
    PASS_UTILISES("pass-utilises", "Pass numérique utilisés", "pass"),
    ATELIERS("ateliers", "Ateliers organisés", "ateliers"),
    AGENTS_FORMES("agents-formes", "Agents formés", "agents"),
    LIEUX_MEDIATION("lieux-mediation", "Lieux de médiation", "lieux");

    private final String code;
    private final String label;
    private final String unit;

    IndicatorKind(String code, String label, String unit) {
        this.code = code;
        this.label = label;
        this.unit = unit;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    public static Optional<IndicatorKind> fromCode(String code) {
        return Term.fromCode(IndicatorKind.class, code);
    }

    public static String codes() {
        return Term.codes(IndicatorKind.class);
    }
}
