package fr.passerelle.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    private final Templates templates = new Templates();

    @Test
    void escapesEveryReferenceByDefault() {
        Map<String, Object> model = new HashMap<>();
        model.put("text", "<script>alert(\"x\")</script> & l'été");
        model.put("snippetHtml", "<mark>ok</mark>");
        model.put("item", Map.of("name", "<b>nom</b>", "nameHtml", "<i>brut</i>"));
        String html = templates.render("test/escaping.vm", model);

        assertTrue(html.contains("<p title=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; l&#39;été\">"), html);
        assertFalse(html.contains("<script>"), html);
        assertTrue(html.contains("<div><mark>ok</mark></div>"), html);
        assertTrue(html.contains("<span></span>"), html);
        assertTrue(html.contains("<em>&lt;b&gt;nom&lt;/b&gt;</em>"), html);
        assertTrue(html.contains("<strong><i>brut</i></strong>"), html);
    }

    @Test
    void keepsAccentsAsTheyAre() {
        assertEquals("Numérique en Commun[s] &amp; aidants", HtmlEscaper.escape("Numérique en Commun[s] & aidants"));
    }

    @Test
    void rawOnlyForReferencesNamedHtml() {
        assertTrue(EscapingInsertion.isRawHtml("$contentHtml"));
        assertTrue(EscapingInsertion.isRawHtml("$!{resource.bodyHtml}"));
        assertFalse(EscapingInsertion.isRawHtml("$html"));
        assertFalse(EscapingInsertion.isRawHtml("$resource.htmlBody"));
        assertFalse(EscapingInsertion.isRawHtml("$resource.toHtml()"));
        assertFalse(EscapingInsertion.isRawHtml("$titleHtmlish"));
    }

    @Test
    void markdownEscapesRawHtmlAndUnsafeLinks() {
        String html = Markdown.toHtml("Texte <script>alert(1)</script> [lien](javascript:alert(1)) **gras**");
        assertFalse(html.contains("<script>"), html);
        assertFalse(html.contains("javascript:"), html);
        assertTrue(html.contains("<strong>gras</strong>"), html);
    }
}
