package fr.passerelle.kernel.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrontMatterTest {

    @Test
    void splitsFieldsAndBody() {
        ContentFile f = FrontMatter.parse("pass-numerique.md", """
                ---
                title: Le Pass numérique
                themes: [accompagnement, financement]
                published: 2018-09-13
                ---

                Corps **Markdown**.
                """);
        assertEquals("pass-numerique", f.slug());
        assertEquals("Le Pass numérique", f.text("title"));
        assertEquals(List.of("accompagnement", "financement"), f.list("themes"));
        assertEquals(LocalDate.of(2018, 9, 13), f.optionalDate("published"));
        assertEquals("Corps **Markdown**.", f.body());
        assertEquals(3, f.lineOf("themes"));
    }

    @Test
    void reportsTheLineOfAYamlError() {
        ContentError e = assertThrows(ContentError.class, () -> FrontMatter.parse("x.md", """
                ---
                title: Bon titre
                summary: [non refermé
                type: guide
                ---
                corps
                """));
        assertTrue(e.line() >= 3 && e.line() <= 5, "line was " + e.line());
    }

    @Test
    void refusesMissingDelimitersAndDuplicateKeys() {
        assertEquals(1, assertThrows(ContentError.class, () -> FrontMatter.parse("x.md", "title: x\n")).line());
        assertThrows(ContentError.class, () -> FrontMatter.parse("x.md", "---\ntitle: x\n"));
        assertThrows(ContentError.class, () -> FrontMatter.parse("x.md", "---\ntitle: a\ntitle: b\n---\n"));
        assertThrows(ContentError.class, () -> FrontMatter.parse("x.md", "---\n- a\n- b\n---\n"));
    }

    @Test
    void namesTheFieldAndLineOfAMissingOrMistypedValue() {
        ContentFile f = FrontMatter.parse("Mauvais Nom.md", "---\ntitle:\n  a: b\nsummary: ok\n---\n");
        ContentError typed = assertThrows(ContentError.class, () -> f.text("title"));
        assertEquals(2, typed.line());
        assertTrue(typed.getMessage().contains("title"));
        assertTrue(assertThrows(ContentError.class, () -> f.text("type")).getMessage().contains("obligatoire"));
        assertTrue(assertThrows(ContentError.class, f::slug).getMessage().contains("slug invalide"));
    }

    @Test
    void refusesSafeConstructorEscapes() {
        assertThrows(ContentError.class, () -> FrontMatter.parse("x.md",
                "---\ntitle: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x\"]]]]\n---\n"));
    }
}
