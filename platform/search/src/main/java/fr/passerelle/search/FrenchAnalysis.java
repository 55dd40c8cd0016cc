package fr.passerelle.search;

import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The two analyzers of French text: one for indexing, one for queries. They share one chain so that a
 * word typed by a user and the same word in a document always end up as the same term; they differ
 * only where the index and the query have different jobs (see {@link #indexAnalyzer()} and
 * {@link #queryAnalyzer()}).
 *
 * <p>Close it when the search module stops: analyzers keep per-thread state.
 */
public final class FrenchAnalysis implements AutoCloseable {

  /** Articles and pronouns elided before an apostrophe: {@code l'inclusion} is about inclusion. */
  static final CharArraySet ELIDED_ARTICLES =
      CharArraySet.unmodifiableSet(
          new CharArraySet(
              List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu"),
              true));

  /**
   * Lucene's French stop words, folded like the terms they are compared with: the stop filter runs
   * after accent folding, where {@code où} has already become {@code ou}.
   */
  static final CharArraySet STOP_WORDS = foldedStopWords();

  /*
   * The standard tokenizer splits at every hyphen, after which nothing can tell "e-administration"
   * from "e administration" nor rebuild "eadministration". An underscore joins letters in the Unicode
   * word rules, so hyphens become underscores and the word delimiter filter, which knows the joint,
   * emits the parts and their concatenation.
   */
  private static final NormalizeCharMap HYPHENS_AS_JOINTS = hyphensAsJoints();

  private static final int SPLIT_WORDS =
      WordDelimiterGraphFilter.GENERATE_WORD_PARTS
          | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
          | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE;

  /** Longest word beginning indexed for autocompletion; longer words are still found whole. */
  static final int MAX_PREFIX = 20;

  private final Analyzer index;
  private final Analyzer query;
  private final Analyzer forms;
  private final Analyzer prefixes;

  private FrenchAnalysis(SynonymMap synonyms) {
    this.index = new Chain(true, null);
    this.query = new Chain(false, synonyms);
    this.forms = wordForms();
    this.prefixes = wordPrefixes();
  }

  /**
   * The analyzers with the synonyms of the given Solr-format file.
   *
   * @throws SynonymFileException if the file is missing, not UTF-8, or has a rule that cannot be used
   */
  public static FrenchAnalysis withSynonyms(Path synonymFile) {
    try (Analyzer entries = wordForms()) {
      return new FrenchAnalysis(SynonymFile.read(synonymFile, entries));
    }
  }

  /** The analyzers without synonyms, for indexes and tests that do not need them. */
  public static FrenchAnalysis withoutSynonyms() {
    return new FrenchAnalysis(null);
  }

  /**
   * For documents. Compounds are indexed split and joined ({@code FranceConnect} and
   * {@code France-Connect} give {@code france}, {@code connect} and {@code franceconnect}), so that a
   * query needs only one of the forms. Every word is indexed stemmed and, when that differs, also as
   * written (folded): typo tolerance compares what the user typed with what the author wrote, since
   * a misspelt word does not stem like the right one ({@code médiation} stems to {@code medi},
   * {@code mediatoin} to itself). No synonyms: the index stays what the author wrote, and the
   * synonym file can change without reindexing.
   */
  public Analyzer indexAnalyzer() {
    return index;
  }

  /**
   * For query text. Compounds are only split, never joined: a graph filter cannot feed the synonym
   * filter, and the split parts already match every indexed form. Synonyms are expanded here, as a
   * token graph that {@link QueryParsing} turns into alternatives.
   */
  public Analyzer queryAnalyzer() {
    return query;
  }

  /**
   * Words as typed, split, lower-cased and folded, neither expanded nor stemmed: the query chain up to
   * the synonym filter. Entries of the synonym file are read with it so that they match what the
   * filter sees (stop words and stems are left to the filters after it, which also process the
   * synonyms it emits); fuzzy terms are made with it so that they compare with the unstemmed forms of
   * the index.
   */
  Analyzer formsAnalyzer() {
    return forms;
  }

  /**
   * For the title field that autocompletion searches: every word form of {@link #formsAnalyzer()}
   * indexed with each of its beginnings ({@code med}, {@code medi}… for {@code mediation}), so that
   * what is being typed is matched with a plain term lookup.
   */
  Analyzer prefixAnalyzer() {
    return prefixes;
  }

  @Override
  public void close() {
    index.close();
    query.close();
    forms.close();
    prefixes.close();
  }

  private static Analyzer wordPrefixes() {
    Analyzer formsOnly = wordForms();
    return new org.apache.lucene.analysis.AnalyzerWrapper(formsOnly.getReuseStrategy()) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return formsOnly;
      }

      @Override
      protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        TokenStream grams =
            new org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter(
                components.getTokenStream(), 1, MAX_PREFIX, true);
        return new TokenStreamComponents(components.getSource(), grams);
      }

      @Override
      public void close() {
        super.close();
        formsOnly.close();
      }
    };
  }

  private static Analyzer wordForms() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new ElisionFilter(tokenizer, ELIDED_ARTICLES);
        stream = new WordDelimiterGraphFilter(stream, SPLIT_WORDS, null);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
      }

      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(HYPHENS_AS_JOINTS, reader);
      }
    };
  }

  private static final class Chain extends Analyzer {
    private final boolean forIndex;
    private final SynonymMap synonyms;

    Chain(boolean forIndex, SynonymMap synonyms) {
      this.forIndex = forIndex;
      this.synonyms = synonyms;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new MappingCharFilter(HYPHENS_AS_JOINTS, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      StandardTokenizer tokenizer = new StandardTokenizer();
      // Before the word delimiter, which would otherwise split "l'" off as a word of its own.
      TokenStream stream = new ElisionFilter(tokenizer, ELIDED_ARTICLES);
      if (forIndex) {
        // Only at index time: a query "e administration" already finds "eadministration" by joining
        // neighbours (QueryParsing), and the synonym entries must see what the query analyzer sees.
        stream = new DetachedPrefixFilter(stream);
        stream =
            new WordDelimiterGraphFilter(stream, SPLIT_WORDS | WordDelimiterGraphFilter.CATENATE_ALL, null);
        // The index cannot store a graph; flattening keeps every form findable by term.
        stream = new FlattenGraphFilter(stream);
      } else {
        stream = new WordDelimiterGraphFilter(stream, SPLIT_WORDS, null);
      }
      stream = new LowerCaseFilter(stream);
      stream = new ASCIIFoldingFilter(stream);
      if (synonyms != null) {
        // Lower-cased and folded already, like the entries: no need for the filter's own case folding.
        stream = new SynonymGraphFilter(stream, synonyms, false);
      }
      // Removed words leave a gap in positions, so "maison de services" in a query is still a phrase
      // of the indexed "maison des services".
      stream = new StopFilter(stream, STOP_WORDS);
      if (forIndex) {
        stream = new KeywordRepeatFilter(stream);
      }
      // After folding, so that a word typed without accents stems like the accented one.
      stream = new FrenchLightStemFilter(stream);
      if (forIndex) {
        stream = new RemoveDuplicatesTokenFilter(stream);
      }
      return new TokenStreamComponents(tokenizer, stream);
    }
  }

  private static CharArraySet foldedStopWords() {
    CharArraySet folded = new CharArraySet(FrenchAnalyzer.getDefaultStopSet().size() * 2, false);
    for (Object word : FrenchAnalyzer.getDefaultStopSet()) {
      char[] chars = (char[]) word;
      char[] out = new char[chars.length * 4];
      int length = ASCIIFoldingFilter.foldToASCII(chars, 0, out, 0, chars.length);
      folded.add(new String(out, 0, length));
    }
    return CharArraySet.unmodifiableSet(folded);
  }

  private static NormalizeCharMap hyphensAsJoints() {
    NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
    builder.add("-", "_");
    builder.add("\u2010", "_"); // hyphen
    builder.add("\u2011", "_"); // non-breaking hyphen
    return builder.build();
  }
}
