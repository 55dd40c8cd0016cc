package fr.passerelle.events.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.events.entity.StructureType;
import fr.passerelle.kernel.errors.FieldError;
import fr.passerelle.kernel.errors.InvalidInput;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegistrationFormTest {

    private static RegistrationForm.Raw raw(String name, String email, List<Long> sessions, Boolean consent) {
        return new RegistrationForm.Raw(name, email, " Mairie ", "collectivite", null, null, sessions, consent);
    }

    @Test
    void theEmailIsTheKeyInLowerCaseAndSessionsAreSortedWithoutRepeats() {
        RegistrationForm.Checked c = RegistrationForm.check(raw(" Ada Lovelace ", "Ada.Lovelace@Exemple.FR",
                List.of(9L, 3L, 9L), true), "sujet", "ada.lovelace@exemple.fr");
        assertEquals("Ada Lovelace", c.registrant().name());
        assertEquals("Ada.Lovelace@Exemple.FR", c.registrant().email());
        assertEquals("ada.lovelace@exemple.fr", c.registrant().emailKey());
        assertEquals("Mairie", c.registrant().organisation());
        assertEquals(StructureType.COLLECTIVITE, c.registrant().structureType());
        assertEquals("sujet", c.registrant().subject());
        assertEquals(List.of(3L, 9L), c.sessions());
    }

    @Test
    void everyFieldAtFaultIsNamedInFrench() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> RegistrationForm.check(raw("N".repeat(300),
                "pas-une-adresse", Arrays.asList(1L, null), false), null, null));
        assertEquals(List.of("name", "email", "sessions", "consent"), e.errors().stream().map(FieldError::getField).toList());
        assertTrue(e.errors().get(0).getMessage().contains("200 caractères"));
    }

    @Test
    void controlCharactersAndLineBreaksAreRefusedInANameAndUnknownStructureTypesListTheCodes() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> RegistrationForm.check(new RegistrationForm.Raw(
                "Nom\u0000", "a@b.fr", null, "ministere", null, null, null, true), null, null));
        assertEquals("name", e.errors().get(0).getField());
        assertEquals("structureType", e.errors().get(1).getField());
        assertTrue(e.errors().get(1).getMessage().contains(StructureType.codes()));
    }

    @Test
    void aSignedInPersonTypingAnAddressTheIdentityProviderDidNotVerifyIsAGuestForIt() {
        RegistrationForm.Raw someoneElse = raw("Ada", "autre.personne@exemple.fr", List.of(), true);
        assertNull(RegistrationForm.check(someoneElse, "sujet", "ada.lovelace@exemple.fr").registrant().subject());
        assertNull(RegistrationForm.check(someoneElse, "sujet", null).registrant().subject());
        assertEquals("sujet", RegistrationForm.check(raw("Ada", "Autre.Personne@exemple.fr", List.of(), true),
                "sujet", "autre.personne@exemple.fr").registrant().subject());
    }
}
