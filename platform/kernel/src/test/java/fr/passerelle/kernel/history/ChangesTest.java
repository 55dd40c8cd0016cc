package fr.passerelle.kernel.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.vocabulary.Licence;
import fr.passerelle.kernel.vocabulary.Theme;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void onlyDifferingFieldsAreKeptInTheOrderTheyWereCompared() {
        Changes changes = new Changes()
                .compare("title", "Guide", "Guide du maire")
                .compare("summary", "Même", "Même")
                .compare("licence", Licence.ETALAB_2_0, Licence.CC_BY_SA_4_0)
                .compare("link", null, "https://exemple.fr");
        assertEquals(List.of(new FieldChange("title", "Guide", "Guide du maire"),
                new FieldChange("licence", "etalab-2.0", "CC-BY-SA-4.0"),
                new FieldChange("link", null, "https://exemple.fr")), changes.list());
        assertTrue(changes.touches("licence"));
        assertFalse(changes.touches("summary"));
    }

    @Test
    void collectionsAreComparedAsSetsAndEmptyMeansNone() {
        Changes same = new Changes()
                .compare("themes", List.of(Theme.FORMATION, Theme.STRATEGIE_TERRITORIALE),
                        Set.of(Theme.STRATEGIE_TERRITORIALE, Theme.FORMATION))
                .compare("body", "", null)
                .compare("audiences", List.of(), null);
        assertTrue(same.isEmpty(), same.list().toString());

        Changes added = new Changes().compare("themes", List.of(Theme.FORMATION),
                List.of(Theme.FORMATION, Theme.STRATEGIE_TERRITORIALE));
        assertEquals(List.of(new FieldChange("themes", "formation", "formation, strategie-territoriale")),
                added.list());
    }

    @Test
    void anActorWithoutNameIsNamedAfterItsSubject() {
        assertEquals("3f1c", new Actor("3f1c", " ").name());
        assertEquals("inconnu", new Actor(null, null).name());
        assertEquals("Import du contenu de référence", Actor.CONTENT_IMPORT.name());
    }
}
