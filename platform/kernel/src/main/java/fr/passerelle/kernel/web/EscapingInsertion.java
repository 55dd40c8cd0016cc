package fr.passerelle.kernel.web;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Escapes every value a template inserts. The only way out is the reviewed naming convention: a
 * reference whose last segment ends in {@code Html} ({@code $contentHtml}, {@code $resource.bodyHtml})
 * is inserted as is, and must only ever hold HTML produced by the platform's templates or sanitiser.
 */
public class EscapingInsertion implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(Context context, String reference, Object value) {
        if (value == null || isRawHtml(reference)) {
            return value;
        }
        return HtmlEscaper.escape(value.toString());
    }

    static boolean isRawHtml(String reference) {
        String name = reference.replace("$", "").replace("!", "").replace("{", "").replace("}", "").trim();
        int call = name.indexOf('(');
        if (call >= 0) {
            return false; // method calls are always escaped: their result is not named
        }
        return name.endsWith("Html");
    }
}
