package fr.passerelle.resources.control;

import fr.passerelle.kernel.web.Markdown;

/** Minutes to read a text at an unhurried 200 words a minute, at least one. */
public final class ReadingTime {

    static final int WORDS_PER_MINUTE = 200;

    private ReadingTime() {
    }

    public static int minutes(String summary, String markdownBody) {
        String text = (summary == null ? "" : summary) + " " + Markdown.toPlainText(markdownBody);
        long words = text.isBlank() ? 0 : text.strip().split("\\s+").length;
        return (int) Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    public static String label(int minutes) {
        return minutes + " min de lecture";
    }
}
