package fr.passerelle.kernel.calendar;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A JAX-RS answer carrying an iCalendar file, for an endpoint such as {@code GET /evenements/{slug}.ics}:
 * {@code return CalendarResponse.of(slug + ".ics", ICalendar.write(name, events, clock));}
 */
public final class CalendarResponse {

    private CalendarResponse() {
    }

    /**
     * 200 with {@link ICalendar#MEDIA_TYPE} and {@code Content-Disposition: attachment}, so that a browser hands
     * the file to the calendar application; calendar subscriptions ignore the disposition.
     */
    public static Response of(String fileName, String calendarText) {
        return Response.ok(calendarText, ICalendar.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(fileName) + "\"")
                .build();
    }

    /** A header-safe file name ending in .ics: ASCII letters, digits, dot, hyphen and underscore only. */
    static String fileName(String requested) {
        String name = requested == null ? "" : requested.strip().replaceAll("[^A-Za-z0-9._-]+", "-")
                .replaceAll("^[.-]+", "");
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".ics")) {
            name = name.substring(0, name.length() - 4);
        }
        return (name.isEmpty() ? "calendrier" : name) + ".ics";
    }
}
