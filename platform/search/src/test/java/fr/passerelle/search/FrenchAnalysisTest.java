package fr.passerelle.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchAnalysisTest {

  private static FrenchAnalysis analysis;

  @BeforeAll
  static void analysis() {
    analysis = FrenchAnalysis.withoutSynonyms();
  }

  @AfterAll
  static void close() {
    analysis.close();
  }

  @Test
  void elidedArticlesAreRemovedWithEitherApostrophe() {
    assertEquals(List.of("inclusion"), query("L'inclusion"));
    assertEquals(List.of("inclusion"), query("l’inclusion"));
    assertEquals(List.of("centr", "comunal", "action", "social"), query("centre communal d'action sociale"));
    assertEquals(List.of("aujourd", "hui"), query("aujourd'hui"), "not an article: split like a compound");
  }

  @Test
  void accentsAndCaseAreFolded() {
    assertEquals(query("mediation"), query("Médiation"));
    assertEquals(query("elus"), query("Élus"));
    assertEquals(query("ecole"), query("ÉCOLE"));
  }

  @Test
  void stopWordsLeaveAGapSoPhrasesKeepTheirShape() {
    assertEquals(List.of("maison@2", "servic@4", "public@6"), positions(analysis.queryAnalyzer(), "La maison de services au public"));
    assertEquals(positions(analysis.queryAnalyzer(), "maison des services aux public"),
        positions(analysis.queryAnalyzer(), "maison de services au public"));
  }

  @Test
  void theIndexKeepsEveryFormOfACompound() {
    List<String> hyphen = index("e-administration");
    List<String> apart = index("e administration");
    assertTrue(hyphen.containsAll(List.of("eadministration", "e", "administration", "administ", "eadminist")), hyphen.toString());
    assertEquals(hyphen.stream().sorted().toList(), apart.stream().sorted().toList(), "the lone prefix e is joined like a hyphen");
    assertTrue(index("FranceConnect").containsAll(List.of("franceconnect", "france", "connect")));
    assertTrue(index("France-Connect").containsAll(List.of("franceconnect", "france", "connect")));
    assertTrue(index("AidantsConnect").containsAll(List.of("aidantsconnect", "aidants", "aidant", "connect")));
  }

  @Test
  void theQueryOnlySplitsCompounds() {
    assertEquals(List.of("e", "administ"), query("e-administration"));
    assertEquals(List.of("franc", "conect"), query("FranceConnect"));
    assertEquals(List.of("franc", "conect"), query("France-Connect"));
    assertEquals(List.of("eadminist"), query("eadministration"));
    assertEquals(List.of("vitamin", "e"), query("vitamine e"), "a prefix with nothing after stays itself");
  }

  @Test
  void theIndexAlsoKeepsWordsUnstemmedForTypos() {
    assertEquals(List.of("mediation", "medi"), index("médiation"));
    assertEquals(List.of("inclusion"), index("inclusion"), "stemming changes nothing here: one form");
  }

  /**
   * What the light stemmer conflates. It does not conflate: élu/élue (elu, elue), aide/aidant,
   * travail/travaux (travail, traval), territoire/territorial, accessible/accessibilité,
   * conseiller/conseillère (conseil, conseiler). It does conflate words that differ:
   * commune/commun (comun), France/franc, and médiation/médiateur/médiatrice, formation/former all
   * stem alike.
   */
  @ParameterizedTest
  @CsvSource({
    "aidant, aidants",
    "aidant, aidante",
    "territorial, territoriaux",
    "numérique, numériques",
    "collectivité, collectivités",
    "social, sociaux",
    "élus, élu",
    "médiation, médiateur",
    "médiateur, médiatrice",
    "formation, formations",
    "cheval, chevaux",
  })
  void lightStemmingConflates(String one, String other) {
    assertEquals(query(one), query(other));
  }

  @ParameterizedTest
  @CsvSource({
    "élu, élue",
    "aide, aidant",
    "travail, travaux",
    "territoire, territorial",
    "accessible, accessibilité",
    "conseiller, conseillère",
  })
  void lightStemmingKeepsApart(String one, String other) {
    assertNotEquals(query(one), query(other));
  }

  private static List<String> query(String text) {
    return terms(analysis.queryAnalyzer(), text);
  }

  private static List<String> index(String text) {
    return terms(analysis.indexAnalyzer(), text);
  }

  static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(SearchFields.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  private static List<String> positions(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(SearchFields.BODY, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int position = 0;
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        terms.add(term + "@" + position);
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
