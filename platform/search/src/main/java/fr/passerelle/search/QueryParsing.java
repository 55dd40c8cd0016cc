package fr.passerelle.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Turns what a user typed into a {@link SearchQuery}. It never fails on its input: whatever cannot be
 * searched is dropped, and the caps below keep every query cheap.
 *
 * <p>Each word must be found, in any of the title, summary or body: a {@link BooleanQuery} of one
 * required {@link DisjunctionMaxQuery} per word. Requiring every word of the query in one same field
 * would miss a document titled "Médiation" whose body says "Lyon"; a plain sum over fields would let
 * a word repeated in all three fields outweigh a second word of the query. The disjunction takes the
 * best field for the word, plus a little of the others ({@link #TIE_BREAKER}).
 *
 * <p>A word is found as itself (stemmed), as one of its synonyms, joined with its neighbour
 * ({@code e administration} finds {@code eadministration}), or, scored lower, with a typo.
 * {@code "Quoted words"} must follow each other, {@code -word} and {@code -"words"} exclude.
 *
 * <p>Thread-safe: one instance serves the application, for as long as its {@link FrenchAnalysis}.
 */
public final class QueryParsing {

  /** Characters read from the user's text; the rest is ignored. */
  public static final int MAX_CHARACTERS = 500;

  /** Words read from the user's text, in phrases and exclusions too; the rest is ignored. */
  public static final int MAX_WORDS = 32;

  /**
   * Upper bound of the clauses of a query once Lucene has expanded it, typos included. Half of
   * Lucene's limit ({@link IndexSearcher#getMaxClauseCount()}, 1024 by default), which leaves room
   * for the filters the caller adds (visibility, facets) and rules out {@code TooManyClauses}. Past
   * it, typo tolerance is dropped first, then synonyms, then words.
   */
  public static final int MAX_CLAUSES = 512;

  /** Words of at least this many characters (as typed, accents folded) tolerate one typo. */
  public static final int ONE_TYPO_LENGTH = 5;

  /** Words of at least this many characters tolerate two typos. */
  public static final int TWO_TYPOS_LENGTH = 8;

  /** Typos are not looked for in the first letter: rarely mistyped, and a fuzzy search is faster. */
  static final int TYPO_FREE_PREFIX = 1;

  /** Index terms a misspelt word may stand for. */
  static final int TYPO_EXPANSIONS = 10;

  /**
   * A match through a typo counts this much of an exact match: little enough that a typo in the
   * title (boost 3) scores below the exact word in the body (boost 1). Someone who typed
   * "médiation" wants the page about médiation before the one titled "Méditation".
   */
  static final float TYPO_WEIGHT = 0.2f;

  /** How much the other fields add to the best field's score for a word. */
  static final float TIE_BREAKER = 0.1f;

  /** Variants of a phrase whose words have synonyms; the first is the user's wording. */
  static final int MAX_PHRASE_VARIANTS = 16;

  /** Weight of a match in the title, against 1 in the body. */
  public static final float TITLE_BOOST = 3f;

  /** Weight of a match in the summary, against 1 in the body. */
  public static final float SUMMARY_BOOST = 2f;

  private static final String[] FIELDS = {SearchFields.TITLE, SearchFields.SUMMARY, SearchFields.BODY};
  private static final float[] BOOSTS = {TITLE_BOOST, SUMMARY_BOOST, 1f};

  private final Analyzer analyzer;
  private final Analyzer forms;

  public QueryParsing(FrenchAnalysis analysis) {
    this.analyzer = analysis.queryAnalyzer();
    this.forms = analysis.formsAnalyzer();
    if (MAX_CLAUSES > IndexSearcher.getMaxClauseCount()) {
      throw new IllegalStateException(
          "Lucene's clause limit " + IndexSearcher.getMaxClauseCount() + " is below " + MAX_CLAUSES);
    }
  }

  /** The query for what the user typed; {@code null} and blank are the empty query. */
  public SearchQuery parse(String raw) {
    QuerySyntax.Reading reading = QuerySyntax.read(raw, MAX_CHARACTERS, MAX_WORDS);
    List<Part> parts = new ArrayList<>();
    for (QuerySyntax.Clause clause : reading.clauses()) {
      if (clause.excluded()) {
        // Excluding a word excludes it as written: a compound excludes its parts only together.
        phrase(clause.text(), Occur.MUST_NOT).ifPresent(parts::add);
      } else if (clause.kind() == QuerySyntax.Kind.PHRASE) {
        phrase(clause.text(), Occur.MUST).ifPresent(parts::add);
      } else {
        parts.addAll(words(clause.text()));
      }
    }
    return new SearchQuery(reading.text(), assemble(parts));
  }

  /**
   * One clause of the final query: {@code core} is needed for it to mean anything, {@code extras}
   * (synonyms, compounds) and {@code typos} are kept while the clause budget allows.
   */
  private record Part(Occur occur, List<Query> core, List<Query> extras, List<Query> typos) {}


  private List<Part> words(String text) {
    List<AnalyzedText.Segment> segments = AnalyzedText.segments(analyzer, text);
    List<List<AnalyzedText.Segment>> units = units(segments);
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      List<AnalyzedText.Segment> unit = units.get(i);
      AnalyzedText.Segment first = unit.get(0);
      if (unit.size() > 1) {
        parts.add(splitWord(text, unit));
      } else if (first.isSingleWord()) {
        parts.add(word(text, first, neighbour(units, i - 1), neighbour(units, i + 1)));
      } else {
        parts.add(branched(first));
      }
    }
    return parts;
  }

  /**
   * Groups the segments that are parts of one written word ({@code France-Connect}): the word
   * delimiter gives them the offsets of the whole word.
   */
  private static List<List<AnalyzedText.Segment>> units(List<AnalyzedText.Segment> segments) {
    List<List<AnalyzedText.Segment>> units = new ArrayList<>();
    for (AnalyzedText.Segment segment : segments) {
      List<AnalyzedText.Segment> last = units.isEmpty() ? null : units.get(units.size() - 1);
      if (last != null && isPlainWord(segment) && isPlainWord(last.get(0))
          && last.get(0).start() == segment.start() && last.get(0).end() == segment.end()) {
        last.add(segment);
      } else {
        units.add(new ArrayList<>(List.of(segment)));
      }
    }
    return units;
  }

  private static boolean isPlainWord(AnalyzedText.Segment segment) {
    return segment.isSingleWord() && segment.isOriginal();
  }

  private static AnalyzedText.Segment neighbour(List<List<AnalyzedText.Segment>> units, int index) {
    if (index < 0 || index >= units.size() || units.get(index).size() != 1) {
      return null;
    }
    AnalyzedText.Segment segment = units.get(index).get(0);
    return isPlainWord(segment) ? segment : null;
  }

  private Part word(String text, AnalyzedText.Segment word, AnalyzedText.Segment before, AnalyzedText.Segment after) {
    List<Query> core = perField(word.paths().get(0));
    List<Query> extras = new ArrayList<>();
    List<Query> typos = List.of();
    if (word.isOriginal()) {
      if (before != null) {
        extras.addAll(joined(text, before, word));
      }
      if (after != null) {
        extras.addAll(joined(text, word, after));
      }
      typos = typos(text.substring(word.start(), word.end()));
    }
    return new Part(Occur.MUST, core, extras, typos);
  }

  /**
   * Two words written apart may be one written together: {@code e administration},
   * {@code aidants connect}. Only for words next to each other, with nothing removed in between.
   */
  private List<Query> joined(String text, AnalyzedText.Segment left, AnalyzedText.Segment right) {
    if (left.end() > right.start() || !text.substring(left.end(), right.start()).isBlank()) {
      return List.of();
    }
    String together = text.substring(left.start(), left.end()) + text.substring(right.start(), right.end());
    return compound(together);
  }

  /** A word written in parts ({@code e-administration}, {@code FranceConnect}): a phrase of the parts, or the parts joined. */
  private Part splitWord(String text, List<AnalyzedText.Segment> parts) {
    List<AnalyzedText.Position> positions = new ArrayList<>();
    for (AnalyzedText.Segment part : parts) {
      positions.addAll(part.paths().get(0).positions());
    }
    List<Query> core = perField(new AnalyzedText.Path(positions, true));
    String word = text.substring(parts.get(0).start(), parts.get(0).end());
    return new Part(Occur.MUST, core, compound(word), List.of());
  }

  /**
   * The word without its separators, lower-cased so that the word delimiter does not split it again
   * on case: the form the index has for {@code FranceConnect}, {@code France-Connect} and
   * {@code franceconnect} alike.
   */
  private List<Query> compound(String written) {
    StringBuilder joined = new StringBuilder();
    written.codePoints()
        .filter(c -> Character.isLetterOrDigit(c) || c == '\'' || c == '’')
        .forEach(joined::appendCodePoint);
    List<BytesRef> terms = AnalyzedText.singleTerms(analyzer, joined.toString().toLowerCase(Locale.ROOT));
    if (terms.isEmpty()) {
      return List.of();
    }
    return perField(new AnalyzedText.Path(List.of(new AnalyzedText.Position(terms, 1)), true));
  }

  /**
   * A segment with several ways of saying it (a synonym of several words). The user's own words are
   * each looked for in any field, like other words; a synonym must be found as a phrase.
   */
  private Part branched(AnalyzedText.Segment segment) {
    List<Query> core = new ArrayList<>();
    List<Query> extras = new ArrayList<>();
    for (AnalyzedText.Path path : segment.paths()) {
      List<Query> queries;
      if (path.original() && path.positions().size() > 1) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (AnalyzedText.Position position : path.positions()) {
          AnalyzedText.Path single = new AnalyzedText.Path(List.of(new AnalyzedText.Position(position.terms(), 1)), true);
          all.add(anyOf(perField(single)), Occur.MUST);
        }
        queries = List.of(all.build());
      } else {
        queries = perField(path);
      }
      (core.isEmpty() ? core : extras).addAll(queries);
    }
    return new Part(Occur.MUST, core, extras, List.of());
  }

  /**
   * Typo tolerance on the word as typed, compared with the unstemmed forms of the index: none for
   * short words, where one letter changes the word, nor for numbers, where it changes the number.
   */
  private List<Query> typos(String word) {
    List<BytesRef> forms = AnalyzedText.singleTerms(this.forms, word);
    if (forms.size() != 1) {
      return List.of();
    }
    String form = forms.get(0).utf8ToString();
    int length = form.codePointCount(0, form.length());
    if (length < ONE_TYPO_LENGTH || form.codePoints().anyMatch(Character::isDigit)) {
      return List.of();
    }
    int edits = length >= TWO_TYPOS_LENGTH ? 2 : 1;
    List<Query> queries = new ArrayList<>();
    for (int f = 0; f < FIELDS.length; f++) {
      Query fuzzy = new FuzzyQuery(new Term(FIELDS[f], form), edits, TYPO_FREE_PREFIX, TYPO_EXPANSIONS, true);
      queries.add(new BoostQuery(fuzzy, BOOSTS[f] * TYPO_WEIGHT));
    }
    return queries;
  }


  /**
   * A phrase, or an excluded word. When its words have synonyms, each combination of ways of saying
   * them is a phrase of its own, the user's wording first, up to {@link #MAX_PHRASE_VARIANTS}.
   */
  private Optional<Part> phrase(String text, Occur occur) {
    List<AnalyzedText.Segment> segments = AnalyzedText.segments(analyzer, text);
    if (segments.isEmpty()) {
      return Optional.empty();
    }
    List<Query> core = null;
    List<Query> extras = new ArrayList<>();
    int[] choice = new int[segments.size()];
    for (int variant = 0; variant < MAX_PHRASE_VARIANTS; variant++) {
      List<AnalyzedText.Position> positions = new ArrayList<>();
      for (int s = 0; s < segments.size(); s++) {
        positions.addAll(segments.get(s).paths().get(choice[s]).positions());
      }
      List<Query> queries = perField(new AnalyzedText.Path(positions, variant == 0));
      if (core == null) {
        core = queries;
      } else {
        extras.addAll(queries);
      }
      if (!next(choice, segments)) {
        break;
      }
    }
    return Optional.of(new Part(occur, core, extras, List.of()));
  }

  /** Counts through the combinations of paths, last segment fastest; false after the last one. */
  private static boolean next(int[] choice, List<AnalyzedText.Segment> segments) {
    for (int s = choice.length - 1; s >= 0; s--) {
      if (++choice[s] < segments.get(s).paths().size()) {
        return true;
      }
      choice[s] = 0;
    }
    return false;
  }


  /** The path in each field, with the field's boost. */
  private static List<Query> perField(AnalyzedText.Path path) {
    List<Query> queries = new ArrayList<>(FIELDS.length);
    for (int f = 0; f < FIELDS.length; f++) {
      Query query = inField(FIELDS[f], path.positions());
      queries.add(BOOSTS[f] == 1f ? query : new BoostQuery(query, BOOSTS[f]));
    }
    return queries;
  }

  private static Query inField(String field, List<AnalyzedText.Position> positions) {
    if (positions.size() == 1) {
      List<BytesRef> terms = positions.get(0).terms();
      if (terms.size() == 1) {
        return new TermQuery(new Term(field, terms.get(0)));
      }
      SynonymQuery.Builder synonyms = new SynonymQuery.Builder(field);
      terms.forEach(term -> synonyms.addTerm(new Term(field, term)));
      return synonyms.build();
    }
    boolean stacked = positions.stream().anyMatch(p -> p.terms().size() > 1);
    int at = -1;
    if (!stacked) {
      PhraseQuery.Builder phrase = new PhraseQuery.Builder();
      for (AnalyzedText.Position position : positions) {
        at += at < 0 ? 1 : position.increment();
        phrase.add(new Term(field, position.terms().get(0)), at);
      }
      return phrase.build();
    }
    MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
    for (AnalyzedText.Position position : positions) {
      at += at < 0 ? 1 : position.increment();
      phrase.add(position.terms().stream().map(term -> new Term(field, term)).toArray(Term[]::new), at);
    }
    return phrase.build();
  }

  private static Query anyOf(List<Query> alternatives) {
    return alternatives.size() == 1 ? alternatives.get(0) : new DisjunctionMaxQuery(alternatives, TIE_BREAKER);
  }

  /**
   * Builds the final query within {@link #MAX_CLAUSES}: first what each part needs, in the order
   * typed, then synonyms and compounds, then typos.
   */
  /** Fewest words for {@link #relaxed}: with two, one word alone would match too much. */
  static final int RELAXED_MIN_WORDS = 3;

  /**
   * The same query where about half of the words may be missing, for a query that found nothing:
   * a question typed in full ("combien de Français sont concernés par l'illectronisme") rarely has
   * all its words in one document. Phrases and exclusions count as words; exclusions still exclude.
   *
   * @return null when the query has fewer than {@link #RELAXED_MIN_WORDS} required words
   */
  public static Query relaxed(Query query) {
    if (!(query instanceof BooleanQuery bool)) {
      return null;
    }
    long required = bool.clauses().stream().filter(c -> c.getOccur() == Occur.MUST).count();
    if (required < RELAXED_MIN_WORDS
        || bool.clauses().stream().anyMatch(c -> c.getQuery() instanceof MatchAllDocsQuery)) {
      return null;
    }
    BooleanQuery.Builder relaxed = new BooleanQuery.Builder();
    for (var clause : bool.clauses()) {
      relaxed.add(clause.getQuery(), clause.getOccur() == Occur.MUST ? Occur.SHOULD : clause.getOccur());
    }
    relaxed.setMinimumNumberShouldMatch((int) Math.max(2, (required + 1) / 2));
    return relaxed.build();
  }

  private static Query assemble(List<Part> parts) {
    List<List<Query>> kept = new ArrayList<>();
    int used = 0;
    for (Part part : parts) {
      int cost = cost(part.core());
      if (used + cost <= MAX_CLAUSES) {
        kept.add(new ArrayList<>(part.core()));
        used += cost;
      } else {
        kept.add(null);
      }
    }
    for (int i = 0; i < parts.size(); i++) {
      for (Query extra : parts.get(i).extras()) {
        int cost = cost(List.of(extra));
        if (kept.get(i) != null && used + cost <= MAX_CLAUSES) {
          kept.get(i).add(extra);
          used += cost;
        }
      }
    }
    for (int i = 0; i < parts.size(); i++) {
      int cost = cost(parts.get(i).typos());
      if (kept.get(i) != null && !parts.get(i).typos().isEmpty() && used + cost <= MAX_CLAUSES) {
        kept.get(i).addAll(parts.get(i).typos());
        used += cost;
      }
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean required = false;
    boolean any = false;
    for (int i = 0; i < parts.size(); i++) {
      if (kept.get(i) != null) {
        query.add(anyOf(kept.get(i)), parts.get(i).occur());
        required |= parts.get(i).occur() == Occur.MUST;
        any = true;
      }
    }
    if (!any) {
      return new MatchAllDocsQuery();
    }
    if (!required) {
      // Only exclusions: everything but what is excluded, rather than Lucene's nothing at all.
      query.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return query.build();
  }

  /**
   * Clauses as Lucene counts them after rewriting, where a fuzzy query becomes up to
   * {@link #TYPO_EXPANSIONS} term queries.
   */
  static int cost(List<Query> queries) {
    int[] count = {0};
    QueryVisitor counter =
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
          }

          @Override
          public void visitLeaf(Query query) {
            count[0]++;
          }

          @Override
          public void consumeTerms(Query query, Term... terms) {
            count[0]++;
          }

          @Override
          public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            count[0] += TYPO_EXPANSIONS;
          }
        };
    queries.forEach(query -> query.visit(counter));
    return count[0];
  }
}
