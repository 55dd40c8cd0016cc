package fr.passerelle.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.LimitTokenCountFilter;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.graph.GraphTokenStreamFiniteStrings;

/**
 * Query text through the query analyzer, cut where its token graph has no branch across the cut (the
 * articulation points Lucene's own {@code QueryBuilder} uses). Without synonyms each segment is one
 * position; a synonym of several words makes a segment with one path per way of saying it.
 */
final class AnalyzedText {

  /**
   * Bounds the graph: its analysis recurses once per position and its paths multiply. A query capped
   * at {@link QueryParsing#MAX_WORDS} words stays well below, hyphen chains and synonyms included.
   */
  static final int MAX_TOKENS = 256;

  /** Ways of saying one segment that are kept; the file's synonym lines have far fewer. */
  static final int MAX_PATHS = 16;

  /** Terms at one position, {@code increment} positions after the previous one (more after a stop word). */
  record Position(List<BytesRef> terms, int increment) {}

  /** One way of saying a segment; {@code original} if it is the user's own words, not a synonym. */
  record Path(List<Position> positions, boolean original) {}

  /**
   * A stretch of the text, from character {@code start} to {@code end}; {@code paths} has the user's
   * wording first when it is one of them.
   */
  record Segment(List<Path> paths, int start, int end) {

    /** A single position, maybe with one-word synonyms stacked on it. */
    boolean isSingleWord() {
      return paths.size() == 1 && paths.get(0).positions().size() == 1;
    }

    /** The user's word, stemmed, when it is what the segment says. */
    boolean isOriginal() {
      return paths.get(0).original();
    }
  }

  private AnalyzedText() {}

  static List<Segment> segments(Analyzer analyzer, String text) {
    try (TokenStream tokens = new LimitTokenCountFilter(analyzer.tokenStream("", text), MAX_TOKENS);
        CachingTokenFilter cached = new CachingTokenFilter(tokens)) {
      cached.reset();
      if (!cached.incrementToken()) {
        return List.of();
      }
      GraphTokenStreamFiniteStrings graph = new GraphTokenStreamFiniteStrings(cached);
      List<Segment> segments = new ArrayList<>();
      int[] articulations = graph.articulationPoints();
      int start = 0;
      for (int i = 0; i <= articulations.length; i++) {
        int end = i < articulations.length ? articulations[i] : -1;
        segments.add(graph.hasSidePath(start) ? branched(graph, start, end) : position(graph, start));
        start = end;
      }
      return segments;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot analyse query text", e);
    }
  }

  /** Analyzes a single word; its terms, or none if the analyzer removed it or split it. */
  static List<BytesRef> singleTerms(Analyzer analyzer, String text) {
    List<Segment> segments = segments(analyzer, text);
    if (segments.size() != 1 || !segments.get(0).isSingleWord()) {
      return List.of();
    }
    return segments.get(0).paths().get(0).positions().get(0).terms();
  }

  private static Segment position(GraphTokenStreamFiniteStrings graph, int state) {
    List<AttributeSource> stacked = graph.getTerms(state);
    List<BytesRef> terms = new ArrayList<>();
    boolean original = false;
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (AttributeSource token : stacked) {
      BytesRef term = BytesRef.deepCopyOf(token.getAttribute(TermToBytesRefAttribute.class).getBytesRef());
      if (!terms.contains(term)) {
        terms.add(term);
      }
      OffsetAttribute offsets = token.getAttribute(OffsetAttribute.class);
      if (!isSynonym(token)) {
        original = true;
        // A synonym carries the offsets of the whole match; the original token is the word itself.
        start = offsets.startOffset();
        end = offsets.endOffset();
      } else if (!original) {
        start = Math.min(start, offsets.startOffset());
        end = Math.max(end, offsets.endOffset());
      }
    }
    int increment = stacked.get(0).getAttribute(PositionIncrementAttribute.class).getPositionIncrement();
    return new Segment(List.of(new Path(List.of(new Position(List.copyOf(terms), increment)), original)), start, end);
  }

  private static Segment branched(GraphTokenStreamFiniteStrings graph, int startState, int endState)
      throws IOException {
    Map<List<Position>, Path> paths = new LinkedHashMap<>();
    int start = Integer.MAX_VALUE;
    int end = 0;
    Iterator<TokenStream> strings = graph.getFiniteStrings(startState, endState);
    // Read a few more than kept, so that the user's own wording is among them to be put first.
    for (int read = 0; read < MAX_PATHS * 4 && strings.hasNext(); read++) {
      TokenStream string = strings.next();
      TermToBytesRefAttribute term = string.addAttribute(TermToBytesRefAttribute.class);
      PositionIncrementAttribute increment = string.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offsets = string.addAttribute(OffsetAttribute.class);
      TypeAttribute type = string.addAttribute(TypeAttribute.class);
      List<Position> positions = new ArrayList<>();
      boolean original = true;
      string.reset();
      while (string.incrementToken()) {
        positions.add(new Position(List.of(BytesRef.deepCopyOf(term.getBytesRef())), increment.getPositionIncrement()));
        original &= !SynonymGraphFilter.TYPE_SYNONYM.equals(type.type());
        start = Math.min(start, offsets.startOffset());
        end = Math.max(end, offsets.endOffset());
      }
      // Spellings that stem alike ("maison de services", "maisons de services") make the same path.
      paths.merge(List.copyOf(positions), new Path(List.copyOf(positions), original),
          (kept, same) -> kept.original() ? kept : same);
    }
    List<Path> ordered = new ArrayList<>(paths.values());
    ordered.sort(Comparator.comparing(path -> !path.original()));
    return new Segment(List.copyOf(ordered.subList(0, Math.min(MAX_PATHS, ordered.size()))), start, end);
  }

  private static boolean isSynonym(AttributeSource token) {
    return token.hasAttribute(TypeAttribute.class)
        && SynonymGraphFilter.TYPE_SYNONYM.equals(token.getAttribute(TypeAttribute.class).type());
  }
}
