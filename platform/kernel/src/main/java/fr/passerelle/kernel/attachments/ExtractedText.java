package fr.passerelle.kernel.attachments;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The text taken out of a document for search, within bounds: at most {@code maxChars} characters and
 * {@code time} of parsing. Readers ask {@link #shouldStop()} as they go; a document whose text is longer, or
 * slower to read, is still stored, with the text found so far.
 */
final class ExtractedText {

    private final StringBuilder text = new StringBuilder();
    private final int maxChars;
    private final LongSupplier nanoTime;
    private final long deadline;
    private boolean truncated;

    ExtractedText(int maxChars, Duration time) {
        this(maxChars, time, System::nanoTime);
    }

    /** With the time source tests step forward. */
    ExtractedText(int maxChars, Duration time, LongSupplier nanoTime) {
        this.maxChars = maxChars;
        this.nanoTime = nanoTime;
        this.deadline = nanoTime.getAsLong() + time.toNanos();
    }

    void append(CharSequence chars) {
        int room = maxChars - text.length();
        if (chars.length() > room) {
            text.append(chars, 0, Math.max(room, 0));
            truncated = true;
        } else {
            text.append(chars);
        }
    }

    void append(char c) {
        if (text.length() < maxChars) {
            text.append(c);
        } else {
            truncated = true;
        }
    }

    /** Ends the current paragraph, once. */
    void endParagraph() {
        if (text.length() > 0 && text.charAt(text.length() - 1) != '\n') {
            append('\n');
        }
    }

    boolean shouldStop() {
        if (nanoTime.getAsLong() - deadline > 0) {
            truncated = true;
        }
        return truncated;
    }

    /** Stops here: the document is too heavy to read safely (its file is kept, without more text). */
    void giveUp() {
        truncated = true;
    }

    /** Whether the text was cut, by length or time. */
    boolean truncated() {
        return truncated;
    }

    /** The text with blank runs collapsed: spaces and tabs to one space, no blank line of more than one. */
    String text() {
        return text.toString()
                .replaceAll("[ \\t\\u00a0\\u2007\\u202f\\x0B\\f]+", " ")
                .replaceAll(" ?\\r?\\n ?", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .strip();
    }
}
