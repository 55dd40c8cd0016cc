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

/**
 * Markdown to HTML for content bodies. Raw HTML in the source is escaped, not passed through, and link
 * targets are restricted to safe schemes, so the output may be inserted unescaped ({@code …Html}).
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private Markdown() {
    }

    public static String toHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        return RENDERER.render(PARSER.parse(markdown));
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
