package fr.passerelle.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void plainTextKeepsTheWordsAndDropsTheSyntax() {
        String md = "# Le Pass numérique\n\nUn **carnet** de _chèques_ pour des [ateliers](https://exemple.fr) "
                + "de `médiation`.\nSuite du paragraphe.\n\n- premier point\n- second point\n\n> citation";
        assertEquals("Le Pass numérique\n\nUn carnet de chèques pour des ateliers de médiation. Suite du paragraphe."
                + "\n\npremier point\n\nsecond point\n\ncitation", Markdown.toPlainText(md));
    }

    @Test
    void rawHtmlTagsAreDropped() {
        assertEquals("Paragraphe alert(1) fin", Markdown.toPlainText("Paragraphe <script>alert(1)</script> fin"));
        assertEquals("Après", Markdown.toPlainText("<div class=\"x\">\n<p>bloc</p>\n</div>\n\nAprès"));
    }

    @Test
    void emptyOrMissingGivesEmpty() {
        assertEquals("", Markdown.toPlainText(null));
        assertEquals("", Markdown.toPlainText("  \n"));
    }

    @Test
    void squareBracketsThatAreNoLinkStayText() {
        assertEquals("Numérique en Commun[s] à Nantes", Markdown.toPlainText("Numérique en Commun[s] à Nantes"));
    }

    @Test
    void htmlKeepsTheStructureAndSafeLinksOnly() {
        String html = Markdown.toHtml("## Étapes\n\n1. Un **diagnostic** et du `code`\n2. [Guide](https://exemple.fr/guide?a=1&b=2)"
                + " et [page](/ressources/pass-numerique)\n\n> citation");
        assertTrue(html.contains("<h2>Étapes</h2>"), html);
        assertTrue(html.contains("<strong>diagnostic</strong>") && html.contains("<code>code</code>"), html);
        assertTrue(html.matches("(?s).*<a href=\"https://exemple.fr/guide\\?a&#61;1&amp;b&#61;2\" rel=\"(noreferrer noopener|noopener noreferrer)\">Guide</a>.*"), html);
        assertTrue(html.contains("href=\"/ressources/pass-numerique\""), html);
        assertTrue(html.contains("<blockquote>"), html);
    }

    @Test
    void scriptsEventAttributesAndUnsafeLinksNeverComeOut() {
        String html = Markdown.toHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
                + "[a](javascript:alert(3)) [b](data:text/html;base64,PHNjcmlwdD4=) [c](vbscript:x) ![i](https://exemple.fr/i.png)"
                + "\n\n<a href=\"https://exemple.fr\" onclick=\"alert(4)\">lien</a>");
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("onerror=") && !html.contains("&lt;img"), html);
        assertFalse(html.contains("href=\"javascript:") || html.contains("href=\"data:") || html.contains("href=\"vbscript:"), html);
        assertFalse(html.contains("onclick=\""), html);
        assertTrue(html.contains("&lt;script&gt;"), "raw HTML is shown as text: " + html);
    }

    @Test
    void emptyMarkdownGivesEmptyHtml() {
        assertEquals("", Markdown.toHtml(null));
        assertEquals("", Markdown.toHtml(" "));
    }
}
