package fr.passerelle.resources.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.errors.FieldError;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.vocabulary.Audience;
import fr.passerelle.kernel.vocabulary.Theme;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResourceDescriptionTest {

    private static ResourceDescription check(List<String> themes, List<String> audiences) {
        return ResourceDescription.check(new ResourceInput("Titre", null, null, "guide", null, themes, audiences, null,
                null, null, null));
    }

    @Test
    void themesAndAudiencesAreOptionalAndDeduplicated() {
        ResourceDescription none = check(null, null);
        assertEquals(Set.of(), none.themes());
        assertEquals(Set.of(), none.audiences());

        ResourceDescription d = check(List.of("formation", " formation ", "strategie-territoriale"), List.of("elus"));
        assertEquals(Set.of(Theme.FORMATION, Theme.STRATEGIE_TERRITORIALE), d.themes());
        assertEquals(Set.of(Audience.ELUS), d.audiences());
    }

    @Test
    void unknownCodesNameTheFieldAndListTheAllowedValues() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> check(List.of("formation", "Formation"), Arrays.asList("maires", null)));
        assertEquals(2, e.errors().size());
        FieldError themes = e.errors().get(0);
        assertEquals("themes", themes.getField());
        assertEquals("contient un thème inconnu : « Formation » (valeurs possibles : " + Theme.codes() + ")",
                themes.getMessage());
        FieldError audiences = e.errors().get(1);
        assertEquals("audiences", audiences.getField());
        assertTrue(audiences.getMessage().startsWith("contient des publics inconnus : « maires », « (vide) » "),
                audiences.getMessage());
        assertTrue(audiences.getMessage().contains(Audience.codes()));
    }

    @Test
    void vocabularyErrorsComeWithTheOtherFieldErrors() {
        InvalidInput e = assertThrows(InvalidInput.class,
                () -> ResourceDescription.check(new ResourceInput("", null, null, "roman", null, List.of("x"), null, null,
                        null, null, null)));
        assertEquals(List.of("title", "type", "themes"), e.errors().stream().map(FieldError::getField).toList());
    }
}
