package fr.passerelle.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PercentilesTest {

  private static final long[] ONE_TO_HUNDRED = LongStream.rangeClosed(1, 100).toArray();

  @Test
  void nearestRankOfOneToHundredIsTheRankItself() {
    Percentiles p = new Percentiles(ONE_TO_HUNDRED);
    assertEquals(1, p.nanos(1));
    assertEquals(50, p.nanos(50));
    assertEquals(90, p.nanos(90));
    assertEquals(99, p.nanos(99));
    assertEquals(100, p.nanos(100));
    assertEquals(100, p.count());
  }

  @Test
  void percentagesThatAreNotExactInBinaryGiveTheRightRank() {
    Percentiles p = new Percentiles(ONE_TO_HUNDRED);
    // 7 / 100 * 100 is 7.000000000000001 in doubles: a naive ceiling would answer 8
    assertEquals(7, p.nanos(7));
    assertEquals(29, p.nanos(29));
    assertEquals(57, p.nanos(57));
  }

  @Test
  void aPercentileIsAlwaysAMeasuredValueAtOrAboveItsShare() {
    Percentiles p = new Percentiles(new long[] {10, 20, 30, 40});
    assertEquals(20, p.nanos(50)); // two of four values are at or below 20
    assertEquals(30, p.nanos(51));
    assertEquals(40, p.nanos(99)); // p99 of a few values is their maximum
    assertEquals(10, p.nanos(0.1));
  }

  @Test
  void orderOfMeasurementsDoesNotMatterAndTheyAreNotModified() {
    long[] measured = {5_000_000, 1_000_000, 4_000_000, 2_000_000, 3_000_000};
    long[] copy = measured.clone();
    Percentiles p = new Percentiles(measured);
    assertEquals(3.0, p.millis(50));
    assertEquals(5.0, p.millis(99));
    assertEquals(5.0, p.maxMillis());
    assertEquals(3.0, p.meanMillis(), 1e-9);
    assertArrayEquals(copy, measured);
  }

  @Test
  void oneMeasurementIsEveryPercentile() {
    Percentiles p = new Percentiles(new long[] {1_500_000});
    assertEquals(1.5, p.millis(1));
    assertEquals(1.5, p.millis(50));
    assertEquals(1.5, p.millis(100));
  }

  @Test
  void refusesNothingToMeasureAndPercentagesOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> new Percentiles(new long[0]));
    Percentiles p = new Percentiles(ONE_TO_HUNDRED);
    assertThrows(IllegalArgumentException.class, () -> p.nanos(0));
    assertThrows(IllegalArgumentException.class, () -> p.nanos(100.5));
    assertThrows(IllegalArgumentException.class, () -> p.nanos(Double.NaN));
  }
}
