package fr.passerelle.kernel.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Numeric entity ids as modules meet them outside a request path: as text (search and attachment owners hand ids
 * back as strings) and as a walk through a whole table, for search rebuilds.
 */
public final class EntityIds {

    /** Rows read at once by {@link #walk}: one page in memory at a time, however large the table. */
    public static final int PAGE_SIZE = 200;

    private EntityIds() {
    }

    /** The id a text holds; anything but a number (or nothing) finds nothing. */
    public static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Every row, in id order, page after page.
     *
     * @param pageAfter the rows whose id is above the first argument, at most the second, in id order (typically a
     *                  repository method in a transaction of its own, so that each page is let go once handled)
     */
    public static <T> void walk(BiFunction<Long, Integer, List<T>> pageAfter, Function<T, Long> id, Consumer<T> each) {
        long after = Long.MIN_VALUE;
        List<T> page;
        do {
            page = pageAfter.apply(after, PAGE_SIZE);
            for (T row : page) {
                each.accept(row);
                after = id.apply(row);
            }
        } while (page.size() == PAGE_SIZE);
    }
}
