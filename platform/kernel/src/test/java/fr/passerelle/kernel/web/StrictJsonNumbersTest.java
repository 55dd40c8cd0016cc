package fr.passerelle.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictJsonNumbersTest {

    public record Sample(Integer count, Long population, BigDecimal amount, List<Line> lines) {
    }

    public record Line(BigDecimal value) {
    }

    private static final Jsonb JSONB = JsonbBuilder.create(StrictJsonNumbers.config());

    private static Sample read(String json) {
        return JSONB.fromJson(json, Sample.class);
    }

    @Test
    void exactNumbersAndDigitStringsAreRead() {
        Sample s = read("{\"count\":40,\"population\":\"656000\",\"amount\":12500.50,\"lines\":[{\"value\":\"3000\"}]}");
        assertEquals(40, s.count());
        assertEquals(656_000L, s.population());
        assertEquals(new BigDecimal("12500.50"), s.amount());
        assertEquals(new BigDecimal("3000"), s.lines().get(0).value());
        Sample empty = read("{\"count\":null,\"amount\":null}");
        assertNull(empty.count());
        assertNull(empty.amount());
    }

    @Test
    void whatJsonBWouldTruncateIsRefused() {
        // Plain Yasson reads these as 50, 0, 50 (wrapped round) and 0.
        for (String json : List.of("{\"count\":50.5}", "{\"count\":1e308}", "{\"count\":4294967346}",
                "{\"population\":1e308}", "{\"count\":\"NaN\"}", "{\"count\":true}", "{\"amount\":\"NaN\"}",
                "{\"amount\":{\"a\":1}}")) {
            assertThrows(JsonbException.class, () -> read(json), json);
        }
    }

    @Test
    void aMegabyteOfDigitsIsRefusedWithoutParsingIt() {
        // new BigDecimal on a million digits takes about twenty seconds of CPU; it is refused before that.
        assertThrows(JsonbException.class, () -> read("{\"amount\":" + "9".repeat(1_000_000) + "}"));
        assertThrows(JsonbException.class, () -> read("{\"lines\":[{\"value\":\"" + "9".repeat(StrictJsonNumbers.DECIMAL_MAX + 1)
                + "\"}]}"));
        assertEquals(new BigDecimal("1E+999999999"), read("{\"amount\":1e999999999}").amount(),
                "short but huge: read, and left to the use case's bounds");
    }
}
