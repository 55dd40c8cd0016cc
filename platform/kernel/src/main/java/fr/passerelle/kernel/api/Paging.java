package fr.passerelle.kernel.api;

import fr.passerelle.kernel.errors.InvalidInput;

/**
 * Page number (from 1) and size (default 20, at most 100), parsed from raw query strings so that a
 * wrong value gets a French 400 naming the parameter rather than a framework default.
 */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static Paging parse(String page, String size) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        int p = parse(page, 1, "page", "doit être un nombre entier supérieur ou égal à 1", errors);
        int s = parse(size, DEFAULT_SIZE, "size", "doit être un nombre entier entre 1 et " + MAX_SIZE, errors);
        if (errors.isEmpty() && p < 1) {
            errors.add("page", "doit être un nombre entier supérieur ou égal à 1");
        }
        if (errors.isEmpty() && (s < 1 || s > MAX_SIZE)) {
            errors.add("size", "doit être un nombre entier entre 1 et " + MAX_SIZE);
        }
        errors.throwIfAny();
        return new Paging(p, s);
    }

    private static int parse(String raw, int fallback, String name, String message, InvalidInput.Collector errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            errors.add(name, message);
            return fallback;
        }
    }

    /**
     * Rows to skip. Computed in long and capped: {@code ?page=2147483647&size=100} would overflow an int into a
     * negative offset, which JPA and streams refuse with an exception (a 500); capped, it is an empty page.
     */
    public int offset() {
        return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
    }

    public long pageCount(long total) {
        return Math.max(1, (total + size - 1) / size);
    }
}
