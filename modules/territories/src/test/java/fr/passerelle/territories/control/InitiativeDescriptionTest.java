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
    void hugeExponentsAreRefusedBeforeAnyArithmetic() {
        // A dozen bytes of JSON: setScale(2) on them used to build a billion-digit number (CPU and memory for minutes).
        InvalidInput.Collector errors = new InvalidInput.Collector();
        assertEquals(null, EuroAmount.cents(errors, "amount", new BigDecimal("1e999999999")));
        assertEquals(null, EuroAmount.cents(errors, "amount", new BigDecimal("1e-999999999")));
        assertEquals(null, EuroAmount.cents(errors, "amount", new BigDecimal("1e308")));
        InvalidInput refused = assertThrows(InvalidInput.class, errors::throwIfAny);
        assertEquals(List.of("invraisemblable", "centime", "invraisemblable"), refused.errors().stream()
                .map(e -> e.getMessage().contains("invraisemblable") ? "invraisemblable" : "centime").toList());
        InvalidInput.Collector point = new InvalidInput.Collector();
        FrancePoint.check(point, new BigDecimal("1e999999999"), new BigDecimal("-1e999999999"), java.util.Set.of());
        String message = assertThrows(InvalidInput.class, point::throwIfAny).errors().get(0).getMessage();
        assertTrue(message.contains("hors de France") && message.length() < 200, message);
    }

    @Test
    void passUsedAreComparedWithTheSameLatestValueTheDashboardCounts() {
        // Two lines of distributed Pass on the same day: the dashboard counts the later line (12), so 10 used is fine…
        InitiativeDraft fine = draft();
        fine.setIndicators(List.of(new InitiativeDraft.IndicatorDraft("pass-distribues", new BigDecimal("5"), "2019-03-01", "S"),
                new InitiativeDraft.IndicatorDraft("pass-distribues", new BigDecimal("12"), "2019-03-01", "S"),
                new InitiativeDraft.IndicatorDraft("pass-utilises", new BigDecimal("10"), "2019-03-01", "S")));
        assertEquals(3, InitiativeDescription.check(fine, TODAY).indicators().size());
        // …and the other way round the dashboard would have shown more Pass used (10) than distributed (5).
        InitiativeDraft wrong = draft();
        wrong.setIndicators(List.of(new InitiativeDraft.IndicatorDraft("pass-distribues", new BigDecimal("12"), "2019-03-01", "S"),
                new InitiativeDraft.IndicatorDraft("pass-distribues", new BigDecimal("5"), "2019-03-01", "S"),
                new InitiativeDraft.IndicatorDraft("pass-utilises", new BigDecimal("10"), "2019-03-01", "S")));
        assertEquals(List.of("indicators"), fields(wrong));
    }

    @Test
    void unknownThemesAreAllNamed() {
        InitiativeDraft d = draft();
        d.setThemes(List.of("formation", "jardinage", "peche"));
        InvalidInput e = assertThrows(InvalidInput.class, () -> InitiativeDescription.check(d, TODAY));
        String message = e.errors().get(0).getMessage();
        assertTrue(message.contains("« jardinage », « peche »"), message);
    }

    @Test
    void typedEuroAmountsAcceptFrenchWriting() {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        assertEquals(new BigDecimal("12500.50"), EuroAmount.parse(errors, "m", "12 500,50 €"));
        assertEquals(null, EuroAmount.parse(errors, "m", "douze euros"));
        assertEquals(null, EuroAmount.parse(errors, "m", "1," + "5".repeat(1_000_000)), "a megabyte of decimals is not parsed");
        assertTrue(!errors.isEmpty());
    }
}
