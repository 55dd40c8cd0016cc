package fr.passerelle.kernel.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class EntityIdsTest {

    @Test
    void textIdsAreNumbersOrNothing() {
        assertEquals(Optional.of(42L), EntityIds.parse(" 42 "));
        assertEquals(Optional.empty(), EntityIds.parse("42a"));
        assertEquals(Optional.empty(), EntityIds.parse(null));
        assertEquals(Optional.empty(), EntityIds.parse("99999999999999999999"));
    }

    @Test
    void theWalkSeesEveryRowOnceAcrossFullPages() {
        List<Long> table = LongStream.rangeClosed(1, 2 * EntityIds.PAGE_SIZE).boxed().toList();
        List<Long> seen = new ArrayList<>();
        List<Long> asked = new ArrayList<>();
        EntityIds.walk((after, max) -> {
            asked.add(after);
            return table.stream().filter(id -> id > after).limit(max).toList();
        }, id -> id, seen::add);
        assertEquals(table, seen);
        assertEquals(List.of(Long.MIN_VALUE, 200L, 400L), asked, "a full last page asks once more, for nothing");
    }
}
