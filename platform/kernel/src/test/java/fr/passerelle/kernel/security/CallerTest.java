package fr.passerelle.kernel.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void claimValuesBecomePlainStringsWhateverTheirJsonShape() {
        assertEquals(List.of(), Caller.strings(null));
        assertEquals(List.of("nantes-metropole"), Caller.strings("nantes-metropole"));
        assertEquals(List.of("Nadia Martin"), Caller.strings(Json.createValue("Nadia Martin")));
        assertEquals(List.of("a", "b"), Caller.strings(Json.createArrayBuilder().add("a").add("b").build()));
        assertEquals(List.of("a"), Caller.strings(Set.of(Json.createValue("a"))));
    }
}
