package fr.passerelle.search;

import static fr.passerelle.search.QuerySyntax.Kind.PHRASE;
import static fr.passerelle.search.QuerySyntax.Kind.WORDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.search.QuerySyntax.Clause;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuerySyntaxTest {

  @Test
  void wordsPhrasesAndExclusions() {
    assertEquals(
        List.of(
            new Clause(WORDS, "aide en ligne", false),
            new Clause(PHRASE, "pass numérique", false),
            new Clause(WORDS, "payant", true),
            new Clause(PHRASE, "France services", true),
            new Clause(WORDS, "Tulle e-administration", false)),
        clauses("aide en ligne \"pass numérique\" -payant -\"France services\" Tulle e-administration"));
  }

  @Test
  void frenchAndTypographicQuotesMakePhrases() {
    assertEquals(List.of(new Clause(PHRASE, "formation en ligne", false)), clauses("« formation en ligne »"));
    assertEquals(List.of(new Clause(PHRASE, "formation en ligne", false)), clauses("“formation en ligne”"));
  }

  @Test
  void anUnbalancedQuoteIsDropped() {
    assertEquals(List.of(new Clause(WORDS, "formation en ligne", false)), clauses("\"formation en ligne"));
    assertEquals(List.of(new Clause(WORDS, "formation en ligne", false)), clauses("-\"formation en ligne"));
  }

  @Test
  void aHyphenAloneOrInsideAWordIsNotAnExclusion() {
    assertEquals(List.of(new Clause(WORDS, "Aidants - Connect", false)), clauses("Aidants - Connect"));
    assertEquals(List.of(new Clause(WORDS, "France-Connect", false)), clauses("France-Connect"));
    assertEquals(List.of(), clauses("\"\" -\"\""));
  }

  @Test
  void controlCharactersAndEmojiSeparateWordsAndInvisibleCharactersDisappear() {
    assertEquals("médiation numérique", QuerySyntax.clean("médiation\u0000\u0007numérique", 500));
    assertEquals("médiation numérique", QuerySyntax.clean("😀 médiation 👩🏽‍💻 numérique ❤️", 500));
    assertEquals("inclusion", QuerySyntax.clean("in\u00ADclu\u200Bsion", 500), "soft hyphen and zero-width space");
    assertEquals("médiation", QuerySyntax.clean("me\u0301diation", 500), "combining accent composed");
    assertEquals("a b", QuerySyntax.clean("\ta\u00A0\n b\r\n", 500));
    assertEquals("a b", QuerySyntax.clean("a\uD800b", 500), "a lone surrogate");
  }

  @Test
  void textIsCappedAtAWordBoundary() {
    String cleaned = QuerySyntax.clean("médiation ".repeat(1_000), QueryParsing.MAX_CHARACTERS);
    assertTrue(cleaned.length() <= QueryParsing.MAX_CHARACTERS, cleaned.length() + " characters");
    assertTrue(cleaned.endsWith("médiation"), cleaned);
    assertEquals("", QuerySyntax.clean(null, 500));
  }

  @Test
  void wordsAreCappedInPhrasesAndExclusionsToo() {
    assertEquals(QueryParsing.MAX_WORDS, words(clauses("mot ".repeat(100))));
    assertEquals(QueryParsing.MAX_WORDS, words(clauses("\"" + "mot ".repeat(20) + "\" " + "-autre ".repeat(20))));
    List<Clause> capped = clauses("un ".repeat(31) + "\"deux trois\"");
    assertEquals(new Clause(PHRASE, "deux", false), capped.get(capped.size() - 1), "the phrase is cut to what is left");
  }

  private static List<Clause> clauses(String text) {
    return QuerySyntax.read(text, QueryParsing.MAX_CHARACTERS, QueryParsing.MAX_WORDS).clauses();
  }

  private static int words(List<Clause> clauses) {
    return clauses.stream().mapToInt(clause -> clause.text().split(" ").length).sum();
  }
}
