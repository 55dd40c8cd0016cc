package fr.passerelle.kernel.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.passerelle.kernel.errors.InvalidInput;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void defaultsToFirstPageOfTwenty() {
        Paging p = Paging.parse(null, "");
        assertEquals(1, p.page());
        assertEquals(20, p.size());
        assertEquals(0, p.offset());
    }

    @Test
    void computesOffsetAndPageCount() {
        Paging p = Paging.parse("3", "10");
        assertEquals(20, p.offset());
        assertEquals(1, p.pageCount(0));
        assertEquals(3, p.pageCount(21));
    }

    @Test
    void aHugePageNumberIsAnEmptyPageNotAnOverflow() {
        Paging p = Paging.parse(String.valueOf(Integer.MAX_VALUE), "100");
        assertEquals(Integer.MAX_VALUE, p.offset());
        assertEquals(Integer.MAX_VALUE, Paging.parse("21474838", "100").offset(), "just past the int range");
        assertEquals(2_147_483_600, Paging.parse("21474837", "100").offset(), "just within it");
    }

    @Test
    void refusesOutOfRangeOrNonNumericValuesNamingTheParameter() {
        assertEquals("page", assertThrows(InvalidInput.class, () -> Paging.parse("-1", null)).errors().get(0).getField());
        assertEquals("page", assertThrows(InvalidInput.class, () -> Paging.parse("0", null)).errors().get(0).getField());
        assertEquals("size", assertThrows(InvalidInput.class, () -> Paging.parse(null, "100000")).errors().get(0).getField());
        assertEquals("size", assertThrows(InvalidInput.class, () -> Paging.parse(null, "0")).errors().get(0).getField());
        assertEquals(2, assertThrows(InvalidInput.class, () -> Paging.parse("abc", "1e3")).errors().size());
        assertEquals("page", assertThrows(InvalidInput.class, () -> Paging.parse("99999999999999", null)).errors().get(0).getField());
    }
}
