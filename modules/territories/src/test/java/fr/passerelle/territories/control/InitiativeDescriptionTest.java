package fr.passerelle.territories.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.errors.FieldError;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.vocabulary.Licence;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InitiativeDescriptionTest {

    private static final LocalDate TODAY = LocalDate.of(2019, 7, 1);

    private static InitiativeDraft draft() {
        InitiativeDraft d = new InitiativeDraft();
        d.setTitle("Ateliers");
        return d;
    }

    private static List<String> fields(InitiativeDraft d) {
        return assertThrows(InvalidInput.class, () -> InitiativeDescription.check(d, TODAY)).errors().stream()
                .map(FieldError::getField).toList();
    }

    @Test
    void amountsAreExactCentsAndDefaultsApply() {
        InitiativeDraft d = draft();
        d.setFunding(List.of(new InitiativeDraft.FundingDraft("etat", "Aide", new BigDecimal("0.10")),
                new InitiativeDraft.FundingDraft("collectivite", null, new BigDecimal("12500.5"))));
        InitiativeDescription checked = InitiativeDescription.check(d, TODAY);
        assertEquals(10, checked.funding().get(0).getAmountCents());
        assertEquals(1_250_050, checked.funding().get(1).getAmountCents());
        assertEquals(Licence.ETALAB_2_0, checked.licence());
    }

    @Test
    void negativeAbsurdOrFractionalNumbersAndReversedDatesAreRefused() {
        InitiativeDraft d = draft();
        d.setStartDate("2019-03-01");
        d.setEndDate("2019-02-28");
        d.setFunding(List.of(new InitiativeDraft.FundingDraft("etat", "", new BigDecimal("-1")),
                new InitiativeDraft.FundingDraft("etat", "", new BigDecimal("100000000.01")),
                new InitiativeDraft.FundingDraft("etat", "", new BigDecimal("1.001"))));
        d.setIndicators(List.of(new InitiativeDraft.IndicatorDraft("ateliers", new BigDecimal("-3"), "2019-01-01", "S"),
                new InitiativeDraft.IndicatorDraft("ateliers", new BigDecimal("3000000"), "2019-01-01", "S"),
                new InitiativeDraft.IndicatorDraft("ateliers", new BigDecimal("3"), "2019-07-02", "S")));
        assertEquals(List.of("endDate", "funding[0].amount", "funding[1].amount", "funding[2].amount",
                "indicators[0].value", "indicators[1].value", "indicators[2].date"), fields(d));
    }

    @Test
    void typedEuroAmountsAcceptFrenchWriting() {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        assertEquals(new BigDecimal("12500.50"), EuroAmount.parse(errors, "m", "12 500,50 €"));
        assertEquals(null, EuroAmount.parse(errors, "m", "douze euros"));
        assertTrue(!errors.isEmpty());
    }
}
