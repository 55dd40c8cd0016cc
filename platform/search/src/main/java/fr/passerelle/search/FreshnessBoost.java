package fr.passerelle.search;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * The mild preference for recent and published content: a factor between 1 and 1.2 applied to the
 * text score, so that it orders documents that match about as well and never buries a better match
 * (a title match weighs three times a body match).
 */
final class FreshnessBoost extends DoubleValuesSource {

  /** Added for published content. */
  static final double PUBLISHED = 0.1;

  /** Added for content of today, halved at one year, a third at two years. */
  static final double RECENT = 0.1;

  private static final double YEAR_MS = TimeUnit.DAYS.toMillis(365);

  private final long now;

  FreshnessBoost(long nowMillis) {
    this.now = nowMillis;
  }

  static double factor(boolean published, long dateMillis, long nowMillis) {
    double age = Math.max(0, nowMillis - dateMillis) / YEAR_MS;
    return 1 + (published ? PUBLISHED : 0) + RECENT / (1 + age);
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    NumericDocValues dates = DocValues.getNumeric(ctx.reader(), IndexFields.DATE);
    NumericDocValues published = DocValues.getNumeric(ctx.reader(), IndexFields.PUBLISHED);
    return new DoubleValues() {
      private double value;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        long date = dates.advanceExact(doc) ? dates.longValue() : 0;
        boolean isPublished = published.advanceExact(doc) && published.longValue() == 1;
        value = factor(isPublished, date, now);
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher reader) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return false; // depends on the clock
  }

  @Override
  public int hashCode() {
    return Long.hashCode(now);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof FreshnessBoost other && other.now == now;
  }

  @Override
  public String toString() {
    return "freshness(now=" + now + ")";
  }
}
