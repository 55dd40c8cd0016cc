package fr.passerelle.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
