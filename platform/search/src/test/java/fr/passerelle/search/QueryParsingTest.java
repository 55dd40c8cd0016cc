package fr.passerelle.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.search.SmallIndex.Doc;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Real queries, parsed and run against a few small French documents indexed like real ones. */
class QueryParsingTest {

  private static final List<Doc> DOCS =
      List.of(
          new Doc("mediation", "Médiation numérique en bibliothèque", "Des ateliers pour gagner en autonomie",
              "Les médiateurs accueillent le public chaque semaine."),
          new Doc("mediation-body", "Bilan de l'année", "Chiffres clés",
              "La médiation a touché mille personnes cette année, dans les bibliothèques comme dans les mairies."),
          new Doc("meditation", "Méditation et bien-être", "Respirer, se poser",
              "Une séance de méditation guidée chaque mardi."),
          new Doc("inclusion", "Stratégie départementale", "L'inclusion au cœur du projet",
              "Le département finance des permanences."),
          new Doc("illectronisme", "Lutter contre l'illectronisme", "Un plan pour les campagnes",
              "Près d'un Français sur six est concerné."),
          new Doc("exclusion", "Exclusion numérique : les chiffres", "Enquête annuelle",
              "Les personnes âgées sont les plus touchées."),
          new Doc("eadmin-hyphen", "Guide de l'e-administration", "Vos démarches", "Déclarer ses impôts."),
          new Doc("eadmin-joined", "L'eadministration expliquée", "Vos démarches", "Payer une amende."),
          new Doc("eadmin-apart", "Premiers pas en e administration", "Vos démarches", "Demander un acte."),
          new Doc("demat", "La dématérialisation des services publics", "Calendrier", "Tout passe par internet."),
          new Doc("fc-camel", "Se connecter avec FranceConnect", "Identité", "Un seul compte."),
          new Doc("fc-hyphen", "France-Connect pas à pas", "Identité", "Un seul compte."),
          new Doc("fc-apart", "Créer son compte France Connect", "Identité", "Un seul compte."),
          new Doc("ac-apart", "Aidants Connect", "Habilitation", "Agir pour le compte d'un usager."),
          new Doc("ac-camel", "Habilitation AidantsConnect", "Habilitation", "Agir pour le compte d'un usager."),
          new Doc("epn-words", "Ouverture d'un espace public numérique", "Quartier nord", "Ouvert le samedi."),
          new Doc("epn-acronym", "Les EPN du Cantal", "Annuaire", "Horaires et adresses."),
          new Doc("ccas-acronym", "Le CCAS de Lyon", "Aides sociales", "Permanence le lundi."),
          new Doc("ccas-words", "Accueil social à Brest", "Aides",
              "Adressez-vous au centre communal d’action sociale de Brest."),
          new Doc("msap", "France services à Tulle", "Accueil", "Un guichet unique pour vos démarches."),
          new Doc("mooc", "Un MOOC sur la sécurité", "Cours", "Six semaines, à votre rythme."),
          new Doc("conseiller", "Devenir conseiller numérique", "Recrutement", "Le dispositif recrute."),
          new Doc("communes", "Aide aux communes rurales", "Dotation", "Un fonds pour les petites villes."),
          new Doc("collectivites", "Collectivités et données", "Open data", "Publier ses jeux de données."),
          new Doc("elus-accents", "Former les élus", "Formation", "Les élus locaux découvrent les outils."),
          new Doc("elus-plain", "Webinaire", "Agenda", "Formation des elus et des agents."),
          new Doc("aidants", "Réseau des aidants", "Annuaire", "Trouver un aidant près de chez soi."),
          new Doc("territorial", "Plan territorial", "Stratégie", "Une feuille de route."),
          new Doc("acc-title", "Accessibilité des sites", "Guide", "Bonnes pratiques."),
          new Doc("acc-body", "Rapport annuel", "Bilan",
              "Un chapitre porte sur l'accessibilité des sites et un autre sur les budgets."),
          new Doc("phrase-together", "Atelier", "Agenda", "Des ateliers gratuits pour tous."),
          new Doc("phrase-apart", "Atelier", "Agenda", "Les ateliers sont gratuits le samedi."),
          new Doc("syntax-words", "Title script", "Lucene drop table jndi ldap", "Accueil 2 10 x"));

  private static FrenchAnalysis analysis;
  private static QueryParsing parsing;
  private static SmallIndex index;

  @BeforeAll
  static void index() {
    analysis = FrenchAnalysis.withSynonyms(SmallIndex.synonymFile());
    parsing = new QueryParsing(analysis);
    index = new SmallIndex(analysis.indexAnalyzer(), DOCS);
  }

  @AfterAll
  static void close() throws IOException {
    index.close();
    analysis.close();
  }

  @Nested
  class Words {

    @ParameterizedTest
    @ValueSource(strings = {"mediation", "Médiation", "MEDIATION", "médiàtion"})
    void accentsAndCaseDoNotMatter(String query) {
      assertEquals("mediation", search(query).get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"élus", "elus", "Élus", "ELUS"})
    void accentsDoNotMatterInDocumentsEither(String query) {
      assertEquals(Set.of("elus-accents", "elus-plain"), Set.copyOf(search(query)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"inclusion", "l'inclusion", "l’inclusion", "d'inclusion"})
    void elisionsAreIgnored(String query) {
      assertEquals(List.of("inclusion"), search(query));
    }

    @Test
    void pluralAndSingularMeetThroughStems() {
      assertTrue(search("aidant").contains("aidants"));
      assertEquals(Set.copyOf(search("aidant")), Set.copyOf(search("aidants")));
      assertEquals(Set.copyOf(search("aidant")), Set.copyOf(search("aidantes")));
      assertEquals(List.of("territorial"), search("territoriaux"));
      assertEquals(List.of("communes"), search("commune rurale"));
    }

    @Test
    void everyWordMustBeFoundButEachInAnyField() {
      assertEquals(List.of("ccas-acronym"), search("CCAS lundi"), "title and body");
      assertEquals(List.of(), search("CCAS mardi"));
    }

    @Test
    void aTitleMatchRanksAboveABodyOnlyMatch() {
      assertEquals(List.of("acc-title", "acc-body"), search("accessibilité sites"));
    }

    @Test
    void stopWordsAloneAreNothingToSearch() {
      SearchQuery query = parsing.parse("le la les des");
      assertTrue(query.isEmpty());
      assertEquals("le la les des", query.text());
    }
  }

  @Nested
  class Compounds {

    @ParameterizedTest
    @ValueSource(strings = {"e-administration", "eadministration", "e administration", "E-Administration", "l'e-administration"})
    void eAdministrationInAnyOfItsForms(String query) {
      // "demat" through the synonym file, which says that e-administration is dématérialisation.
      assertEquals(Set.of("eadmin-hyphen", "eadmin-joined", "eadmin-apart", "demat"), Set.copyOf(search(query)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"FranceConnect", "France-Connect", "France Connect", "france connect", "franceconnect"})
    void franceConnectInAnyOfItsForms(String query) {
      assertEquals(Set.of("fc-camel", "fc-hyphen", "fc-apart"), Set.copyOf(search(query)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"aidants connect", "Aidants Connect", "AidantsConnect", "Aidants-Connect", "aidantsconnect"})
    void aidantsConnectInAnyOfItsForms(String query) {
      assertEquals(Set.of("ac-apart", "ac-camel"), Set.copyOf(search(query)));
    }
  }

  @Nested
  class Synonyms {

    @ParameterizedTest
    @ValueSource(strings = {"illectronisme", "exclusion numérique", "précarité numérique", "Illectronisme"})
    void oneWordAndSeveralWordsBothWays(String query) {
      assertEquals(Set.of("illectronisme", "exclusion"), Set.copyOf(search(query)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EPN", "epn", "espace public numérique", "espaces publics numériques", "\"espace public numérique\""})
    void acronymAndItsWords(String query) {
      assertEquals(Set.of("epn-words", "epn-acronym"), Set.copyOf(search(query)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CCAS", "centre communal d'action sociale", "\"centre communal d’action sociale\""})
    void acronymWithAnElisionInside(String query) {
      assertEquals(Set.of("ccas-acronym", "ccas-words"), Set.copyOf(search(query)));
    }

    @Test
    void formerNamesFindTheCurrentOne() {
      assertEquals(List.of("msap"), search("MSAP"));
      assertEquals(List.of("msap"), search("maison de services au public"));
      assertEquals(List.of("mooc"), search("formation en ligne"));
      assertEquals(List.of("conseiller"), search("médiatrices numériques recrutement"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dématérialisation", "dematerialisation", "administration en ligne", "administration électronique"})
    void eAdministrationIsWrittenDematerialisationInGuides(String query) {
      assertEquals(Set.of("eadmin-hyphen", "eadmin-joined", "eadmin-apart", "demat"), Set.copyOf(search(query)));
    }

    @Test
    void aSynonymAddsToTheWordsAndDoesNotReplaceThem() {
      assertEquals(Set.of("exclusion", "illectronisme"), Set.copyOf(search("exclusion numérique")));
      assertEquals(List.of("exclusion"), search("exclusion chiffres"));
    }

    @Test
    void aOneWayRuleFindsTheNarrowerButNotTheBroader() {
      assertTrue(search("collectivité").containsAll(List.of("collectivites", "communes")));
      assertFalse(search("commune").contains("collectivites"));
    }
  }

  @Nested
  class PhrasesAndExclusions {

    @Test
    void aPhraseNeedsItsWordsTogether() {
      assertEquals(Set.of("phrase-together", "phrase-apart"), Set.copyOf(search("ateliers gratuits")));
      assertEquals(List.of("phrase-together"), search("\"ateliers gratuits\""));
      assertEquals(List.of("phrase-together"), search("« atelier gratuit »"), "phrase words are stemmed too");
    }

    @Test
    void aPhraseSkipsStopWordsLikeTheIndex() {
      assertEquals(List.of("phrase-apart"), search("\"ateliers sont gratuits\""));
      assertEquals(List.of("phrase-apart"), search("\"ateliers étaient gratuits\""), "any stop word fills the gap");
    }

    @Test
    void anExcludedWordOrPhraseRemovesDocuments() {
      assertEquals(List.of("phrase-together"), search("ateliers gratuits -samedi"));
      List<String> withoutPhrase = search("ateliers -\"ateliers gratuits\"");
      assertTrue(withoutPhrase.contains("phrase-apart"));
      assertFalse(withoutPhrase.contains("phrase-together"));
      assertEquals(List.of("illectronisme"), search("illectronisme -chiffres"));
    }

    @Test
    void anExclusionAloneKeepsEverythingElse() {
      List<String> hits = search("-méditation");
      assertEquals(index.size() - 1, hits.size());
      assertFalse(hits.contains("meditation"));
      assertFalse(parsing.parse("-méditation").isEmpty());
    }

    @Test
    void anExcludedWordExcludesItsSynonymsToo() {
      assertFalse(search("numérique -illectronisme").contains("exclusion"));
    }
  }

  @Nested
  class Typos {

    @ParameterizedTest
    @CsvSource({"mediatoin, mediation", "inclsuion, inclusion", "illectronsime, illectronisme", "acessibilité, acc-title"})
    void aTypoStillFinds(String query, String expected) {
      assertEquals(expected, search(query).get(0));
    }

    @Test
    void anExactMatchRanksAboveATypoMatch() {
      assertEquals(List.of("mediation", "mediation-body", "meditation"), search("médiation"),
          "the exact word in a long body before a typo in a short title");
      assertEquals(List.of("meditation", "mediation", "mediation-body"), search("méditation"));
    }

    @Test
    void shortWordsAndNumbersGetNoTypoTolerance() {
      assertEquals(List.of(), search("cvas"), "four letters: no typo allowed, CCAS is not found");
      assertEquals(List.of(), search("EPM"));
    }
  }

  @Nested
  class HostileInput {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n", "*", "?", "~~", "\\", "\\\\\\", "(((", "\"", "\"\"", "-", "--", "- -", "-\"\"", "&&", "||", "+", "😀", "❤️👍🏽", "\u0000\u0007"})
    void nothingSearchableMeansEverything(String raw) {
      SearchQuery query = parsing.parse(raw);
      assertTrue(query.isEmpty(), query.query().toString());
      assertEquals(index.size(), index.search(query.query()).size());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "médi*", "+médiation", "(médiation)", "médiation\\", "\"médiation", "médiation\"", "médiation\u0000",
          "😀 médiation 👩🏽‍💻", "\u202Emédiation", "médiation\u200B", "mé\u00ADdiation", "[médiation]", "médiation?!"
        })
    void punctuationAroundAWordIsIgnored(String raw) {
      assertEquals("mediation", search(raw).get(0), () -> raw + " -> " + parsing.parse(raw).query());
    }

    /** Lucene's syntax is text: its words are searched like the others, its signs separate words. */
    @ParameterizedTest
    @CsvSource(
        delimiterString = " => ",
        value = {
          "title:(accueil => title accueil => syntax-words",
          "accueil~2 => accueil 2 => syntax-words",
          "accueil^10 => accueil 10 => syntax-words",
          "{!lucene}accueil => lucene accueil => syntax-words",
          "<script>accueil</script> => script accueil script => syntax-words",
          "accueil'; DROP TABLE => accueil drop table => syntax-words",
          "${jndi:ldap://x/accueil} => jndi ldap x accueil => syntax-words",
          "Lutter||illectronisme => Lutter illectronisme => illectronisme",
          "illectronisme&&(plan) => illectronisme plan => illectronisme",
        })
    void syntaxIsReadAsText(String raw, String words, String found) {
      assertEquals(List.of(found), search(raw));
      assertEquals(search(words), search(raw));
    }

    @Test
    void luceneOperatorsAreWordsLikeAnyOther() {
      assertEquals(List.of(), search("AND OR NOT"));
      assertEquals(List.of(), search("médiation AND inclusion"), "\"and\" is searched and found nowhere");
      assertEquals(List.of(), search("médiation NOT inclusion"));
    }

    static Stream<Arguments> heavyQueries() {
      List<String> longWords = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        longWords.add("accompagnement" + (char) ('a' + i % 26) + "numerique" + (char) ('a' + i / 26));
      }
      return Stream.of(
          Arguments.of("x".repeat(100_000)),
          Arguments.of("médiation ".repeat(10_000)),
          Arguments.of(String.join(" ", longWords)),
          Arguments.of("MSAP ".repeat(40)),
          Arguments.of("\"" + "MSAP ".repeat(40) + "\""),
          Arguments.of("\"" + "maison de services au public ".repeat(10) + "\""),
          Arguments.of("collectivité ".repeat(40)),
          Arguments.of("\"" + "mairie collectivité ".repeat(20) + "\""),
          Arguments.of("a-".repeat(250)),
          Arguments.of("aB".repeat(250)),
          Arguments.of("-mairie ".repeat(40)),
          Arguments.of("e ".repeat(250)),
          Arguments.of("\"".repeat(500)),
          Arguments.of("-\"".repeat(250)),
          Arguments.of("*?~\\:()[]{}^\"+-!&|/".repeat(30)));
    }

    @ParameterizedTest
    @MethodSource("heavyQueries")
    void heavyQueriesStayWithinTheClauseBudget(String raw) {
      // The clause budget is the deterministic guard against slow queries (no timing in tests).
      SearchQuery query = parsing.parse(raw);
      assertTrue(query.text().length() <= QueryParsing.MAX_CHARACTERS);
      assertTrue(QueryParsing.cost(List.of(query.query())) <= QueryParsing.MAX_CLAUSES,
          () -> QueryParsing.cost(List.of(query.query())) + " clauses");
      index.search(query.query());
    }

    /** Random mixes of what makes queries heavy or odd: synonyms, stop words, compounds, syntax, junk. */
    @Test
    void randomQueriesNeverFailNorExceedTheBudget() {
      String[] pieces = {
        "MSAP", "maison de services au public", "collectivité", "mairie", "EPN", "illectronisme", "exclusion numérique",
        "CCAS", "d'action", "le", "des", "au", "e", "e-", "-", "--", "\"", "«", "»", "France-Connect", "AidantsConnect",
        "médiatoin", "a-b-c-d", "*", "?", "~", ":", "(", ")", "\\", "😀", "\u0000", "\u200D", "\u00AD", "'", "’",
        " ", "  ", "x".repeat(40), "12-34", "N°5"
      };
      java.util.Random random = new java.util.Random(20240607);
      for (int i = 0; i < 1_000; i++) {
        StringBuilder raw = new StringBuilder();
        int length = random.nextInt(80);
        for (int p = 0; p < length; p++) {
          raw.append(pieces[random.nextInt(pieces.length)]).append(random.nextInt(3) == 0 ? "" : " ");
        }
        SearchQuery query = parsing.parse(raw.toString());
        int cost = QueryParsing.cost(List.of(query.query()));
        assertTrue(cost <= QueryParsing.MAX_CLAUSES, () -> cost + " clauses for " + raw);
        index.search(query.query());
      }
    }

    @Test
    void wordsPastTheCapAreIgnored() {
      String query = "médiation ".repeat(QueryParsing.MAX_WORDS) + "motquinexistepas";
      assertEquals("mediation", search(query).get(0));
      assertEquals(List.of(), search("motquinexistepas " + "médiation ".repeat(QueryParsing.MAX_WORDS)));
    }
  }

  private static List<String> search(String raw) {
    return index.search(parsing.parse(raw).query());
  }
}
