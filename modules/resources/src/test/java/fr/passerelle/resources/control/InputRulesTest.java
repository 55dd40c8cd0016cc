package fr.passerelle.resources.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.errors.FieldError;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.vocabulary.Audience;
import fr.passerelle.resources.entity.TerritorialLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links, bodies, filters and folded text: the rules every way in shares. */
class InputRulesTest {

    private static ResourceInput input(String title, String body, String producer, String producerUrl, String externalUrl) {
        return new ResourceInput(title, null, body, "outil", null, List.of(), List.of(), "commune", producer,
                producerUrl, externalUrl);
    }

    private static List<String> fields(InvalidInput e) {
        return e.errors().stream().map(FieldError::getField).toList();
    }

    @Test
    void onlyHttpAddressesAreLinks() {
        assertTrue(WebLinks.isWebAddress("https://pix.fr"));
        assertTrue(WebLinks.isWebAddress("http://www.exemple.fr/chemin?x=1#a"));
        for (String bad : List.of("javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>", "//exemple.fr",
                "ftp://exemple.fr", "https://", "https://exemple .fr", "https://a@exemple.fr", "vbscript:x", "/relatif")) {
            assertFalse(WebLinks.isWebAddress(bad), bad);
        }
    }

    @Test
    void producerAndExternalLinksMustBeWebAddresses() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> ResourceDescription.check(
                input("Titre", "", "La MedNum", "javascript:alert(1)", "data:text/html,x")));
        assertEquals(List.of("producerUrl", "externalUrl"), fields(e));
        assertTrue(e.errors().get(0).getMessage().contains("https://"));

        InvalidInput orphan = assertThrows(InvalidInput.class, () -> ResourceDescription.check(
                input("Titre", "", null, "https://lamednum.coop", null)));
        assertEquals(List.of("producer"), fields(orphan), "a producer's address needs its name");

        ResourceDescription ok = ResourceDescription.check(input("Titre", "", " La MedNum ", " https://lamednum.coop ",
                "https://www.cnfpt.fr"));
        assertEquals("La MedNum", ok.producerName());
        assertEquals("https://lamednum.coop", ok.producerUrl());
        assertEquals(TerritorialLevel.COMMUNE, ok.level());
    }

    @Test
    void bodiesRefuseScriptLinksAndImagesButKeepOrdinaryOnes() {
        for (String body : List.of("[clic](javascript:alert(1))", "![x](javascript:alert(1))", "<javascript:alert(1)>",
                "[a](data:text/html;base64,PHNjcmlwdD4=)", "[a](vbscript:msgbox)")) {
            InvalidInput e = assertThrows(InvalidInput.class, () -> ResourceDescription.check(input("T", body, null, null,
                    null)), body);
            assertEquals(List.of("body"), fields(e), body);
            assertTrue(e.errors().get(0).getMessage().contains("lien refusé"));
        }
        ResourceDescription ok = ResourceDescription.check(input("T", "[Pix](https://pix.fr), [page](/ressources), "
                + "[ancre](#etape-1), [écrire](mailto:contact@exemple.fr) et <script>alert(1)</script> en texte",
                null, null, null));
        assertTrue(ok.body().contains("<script>"), "raw HTML is kept as text; pages escape it");
    }

    @Test
    void titlesOfNothingOrTenThousandCharactersAreRefused() {
        assertEquals(List.of("title"), fields(assertThrows(InvalidInput.class,
                () -> ResourceDescription.check(input("", "", null, null, null)))));
        assertEquals(List.of("title"), fields(assertThrows(InvalidInput.class,
                () -> ResourceDescription.check(input("x".repeat(10_000), "", null, null, null)))));
        assertEquals("ne doit pas dépasser 200 caractères", assertThrows(InvalidInput.class,
                () -> ResourceDescription.check(input("é".repeat(201), "", null, null, null))).errors().get(0).getMessage());
        assertEquals(200, ResourceDescription.check(input("😀".repeat(200), "", null, null, null)).title()
                .codePointCount(0, 400), "length counted in characters people see");
    }

    @Test
    void unknownLicenceAndLevelNameTheirFields() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> ResourceDescription.check(new ResourceInput("T", null,
                null, "guide", "GPL-3.0", null, null, "canton", null, null, null)));
        assertEquals(List.of("licence", "level"), fields(e));
        assertTrue(e.errors().get(0).getMessage().contains("etalab-2.0"));
    }

    @Test
    void filtersParseCodesAndFoldTheWords() {
        ResourceFilter f = ResourceFilter.parse("outil", null, "elus", "", "CC-BY-4.0", "  Pass NUMÉRIQUE  pass ");
        assertEquals(Audience.ELUS, f.audience());
        assertEquals(List.of("pass", "numerique"), f.words());
        assertEquals("q=Pass+NUM%C3%89RIQUE++pass&type=outil&audience=elus&licence=CC-BY-4.0",
                String.join("&", f.parameters().entrySet().stream().map(e -> e.getKey() + "="
                        + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8)).toList()));
        assertTrue(ResourceFilter.parse(null, null, null, null, null, null).isEmpty());
        InvalidInput e = assertThrows(InvalidInput.class, () -> ResourceFilter.parse("roman", "jardinage", null, null,
                "GPL", null));
        assertEquals(List.of("type", "theme", "licence"), fields(e));
        assertEquals(" l oeuvre d un elu de l ile de france 2024 ", FoldedText.of("L'Œuvre d'un élu", "de l'Île-de-France — 2024"));
        assertEquals("", FoldedText.of(null, " "));
    }

    @Test
    void readingTimeIsAtLeastAMinute() {
        assertEquals(1, ReadingTime.minutes("", ""));
        assertEquals(2, ReadingTime.minutes(null, "mot ".repeat(201)));
        assertEquals("3 min de lecture", ReadingTime.label(3));
    }

    @Test
    void ownersNameTheResource() {
        assertEquals("resources:resource:42", ResourceFiles.owner(42));
        assertEquals(42, ResourceFiles.resourceId("resources:resource:42").getAsLong());
        assertTrue(ResourceFiles.resourceId("resources:resource:x").isEmpty());
        assertTrue(ResourceFiles.resourceId("governance:meeting:42").isEmpty());
    }
}
