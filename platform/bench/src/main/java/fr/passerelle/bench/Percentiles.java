package fr.passerelle.bench;

import java.util.Arrays;

/**
 * Latencies of many runs, summarised by nearest-rank percentiles: the p-th percentile is the smallest
 * measured value such that at least p % of the values are at or below it. It is always a value that
 * was measured, never an interpolation between two.
 */
public final class Percentiles {

  private final long[] sortedNanos;

  /** @param nanos one duration per run, in nanoseconds; at least one */
  public Percentiles(long[] nanos) {
    if (nanos.length == 0) {
      throw new IllegalArgumentException("no measurement");
    }
    this.sortedNanos = nanos.clone();
    Arrays.sort(sortedNanos);
  }

  public int count() {
    return sortedNanos.length;
  }

  /** @param p from 0 (exclusive) to 100 (inclusive) */
  public long nanos(double p) {
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("percentile outside (0, 100]: " + p);
    }
    // p * n first: 7 / 100 * 100 is 7.000000000000001 in binary floating point, and its ceiling 8.
    int rank = (int) Math.ceil(p * sortedNanos.length / 100 - 1e-9);
    return sortedNanos[Math.max(1, rank) - 1];
  }

  public double millis(double p) {
    return nanos(p) / 1e6;
  }

  public double maxMillis() {
    return sortedNanos[sortedNanos.length - 1] / 1e6;
  }

  public double meanMillis() {
    double sum = 0;
    for (long n : sortedNanos) {
      sum += n;
    }
    return sum / sortedNanos.length / 1e6;
  }
}
