package fr.passerelle.governance.control;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/** Walks a whole table by pages of ids, for search rebuilds: one page in memory at a time. */
final class IdWalk {

    static final int PAGE_SIZE = 200;

    private IdWalk() {
    }

    static <T> void forEach(BiFunction<Long, Integer, List<T>> pageAfter, Function<T, Long> id, Consumer<T> each) {
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
