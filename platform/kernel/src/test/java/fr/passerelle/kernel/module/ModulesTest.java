package fr.passerelle.kernel.module;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModulesTest {

    record Module(String id, int order) implements PlatformModule {
        @Override
        public String title() {
            return id;
        }
    }

    @Test
    void ordersByOrderThenId() {
        List<PlatformModule> sorted = Modules.sorted(List.of(new Module("events", 40), new Module("resources", 10),
                new Module("governance", 40)));
        assertEquals(List.of("resources", "events", "governance"), sorted.stream().map(PlatformModule::id).toList());
    }

    @Test
    void refusesDuplicateOrMalformedIds() {
        assertThrows(IllegalStateException.class, () -> Modules.sorted(List.of(new Module("a-b", 1), new Module("a-b", 2))));
        assertThrows(IllegalStateException.class, () -> Modules.sorted(List.of(new Module("Ressources", 1))));
        assertThrows(IllegalStateException.class, () -> Modules.sorted(List.of(new Module("../x", 1))));
    }

    @Test
    void navigationEntryKnowsItsSection() {
        NavigationEntry e = new NavigationEntry("Ressources", "/ressources");
        assertTrue(e.isCurrent("/ressources"));
        assertTrue(e.isCurrent("/ressources/pass-numerique"));
        assertFalse(e.isCurrent("/ressources-humaines"));
        assertThrows(IllegalArgumentException.class, () -> new NavigationEntry("x", "relative"));
    }
}
