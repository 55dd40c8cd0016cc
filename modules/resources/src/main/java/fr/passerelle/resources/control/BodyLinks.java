package fr.passerelle.resources.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;

/**
 * The link and image targets of a Markdown body that are neither web addresses, e-mail addresses nor
 * paths of this site. The renderer would neutralise them anyway; refusing them tells the author why
 * their link would not work instead of silently dropping it.
 */
public final class BodyLinks {

    private static final Parser PARSER = Parser.builder().build();

    private BodyLinks() {
    }

    public static List<String> unsafe(String markdown) {
        List<String> found = new ArrayList<>();
        if (markdown == null || markdown.isBlank()) {
            return found;
        }
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                check(link.getDestination());
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                check(image.getDestination());
                visitChildren(image);
            }

            private void check(String destination) {
                if (!isSafe(destination)) {
                    found.add(destination);
                }
            }
        });
        return found;
    }

    static boolean isSafe(String destination) {
        String d = destination == null ? "" : destination.strip();
        if (d.startsWith("/") && !d.startsWith("//") || d.startsWith("#")) {
            return true;
        }
        if (d.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
            return d.length() > "mailto:".length() && d.chars().noneMatch(c -> Character.isWhitespace(c) || c < 32);
        }
        return WebLinks.isWebAddress(d);
    }
}
