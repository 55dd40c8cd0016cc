package fr.passerelle.kernel.web;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown to HTML for content bodies. Raw HTML in the source is escaped, not passed through, link targets
 * are restricted to safe schemes, and the result goes through an allow-list sanitiser as a second, independent
 * guard (a renderer bug or a future extension cannot smuggle a script or an event attribute through), so the
 * output may be inserted unescaped ({@code …Html}).
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    /**
     * What a rendered body may contain: text structure, emphasis, code, and links to web pages, e-mail addresses
     * or this site. No images (they would load from other hosts), no style, no event attribute, no script.
     */
    static final PolicyFactory ALLOWED = new HtmlPolicyBuilder()
            .allowElements("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
                    "pre", "code", "em", "strong", "a")
            .allowAttributes("start").matching(java.util.regex.Pattern.compile("[0-9]{1,6}")).onElements("ol")
            .allowAttributes("class").matching(java.util.regex.Pattern.compile("language-[A-Za-z0-9_+-]{1,40}"))
            .onElements("code")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("noopener", "noreferrer")
            .toFactory();

    private Markdown() {
    }

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return ALLOWED.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }

    /**
     * The words of a Markdown text without its syntax, for search and summaries: emphasis, links and
     * headings keep their text, raw HTML is dropped, blocks are separated by a blank line.
     */
    public static String toPlainText(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        PlainText text = new PlainText();
        PARSER.parse(markdown).accept(text);
        return text.out.toString().replaceAll("[ \\t]+", " ").replaceAll(" ?\\n ?", "\n")
                .replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static final class PlainText extends AbstractVisitor {
        private final StringBuilder out = new StringBuilder();

        @Override
        public void visit(Text text) {
            out.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
            out.append(code.getLiteral());
        }

        @Override
        public void visit(FencedCodeBlock block) {
            out.append(block.getLiteral()).append("\n\n");
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            out.append(block.getLiteral()).append("\n\n");
        }

        @Override
        public void visit(HtmlBlock block) {
            // raw HTML carries no words meant for readers here
        }

        @Override
        public void visit(HtmlInline html) {
            // idem
        }

        @Override
        public void visit(SoftLineBreak br) {
            out.append(' ');
        }

        @Override
        public void visit(HardLineBreak br) {
            out.append('\n');
        }

        @Override
        protected void visitChildren(Node parent) {
            super.visitChildren(parent);
            if (parent instanceof Block && parent.getParent() != null) {
                out.append("\n\n");
            }
        }
    }
}
