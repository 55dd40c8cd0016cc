package fr.passerelle.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.api.Paging;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchFacets;
import fr.passerelle.kernel.search.Visibility;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {

  static final Set<String> ANONYMOUS = Set.of(Visibility.PUBLIC);
  static final Set<String> MEMBER = Set.of(Visibility.PUBLIC, Visibility.SIGNED_IN, Visibility.body("comite"));
  static final Set<String> OUTSIDER = Set.of(Visibility.PUBLIC, Visibility.SIGNED_IN, Visibility.body("autre"));

  @TempDir Path dir;
  FrenchAnalysis analysis;
  SearchIndex index;
  SearchService service;

  @BeforeEach
  void open() {
    analysis = FrenchAnalysis.withoutSynonyms();
    index = SearchIndex.open(dir.resolve("index"), analysis);
    service = new SearchService(index, analysis, type -> type.equals("resource") ? "Ressource" : type);
    index.put(doc("1", "Construire la stratégie d'inclusion numérique d'une commune", "Les étapes pour les élus",
            "Diagnostiquer les besoins, cartographier les lieux de médiation.", "2026-03-01")
        .facet(SearchFacets.THEME, "Stratégie territoriale").facet(SearchFacets.AUDIENCE, "Élus")
        .visibleTo(Visibility.PUBLIC).build());
    index.put(doc("2", "Former les agents d'accueil", "Un parcours pour les agents de collectivité",
            "La médiation numérique s'apprend : <script>alert('x')</script> ateliers et mises en situation.",
            "2025-06-01")
        .facet(SearchFacets.THEME, "Formation des agents").facet(SearchFacets.AUDIENCE, "Agents de collectivité", "Élus")
        .visibleTo(Visibility.PUBLIC).build());
    index.put(doc("3", "Certification Pix pour les aidants", "Valider les compétences numériques",
            "Les aidants passent la certification.", "2024-01-10")
        .facet(SearchFacets.THEME, "Formation des agents").visibleTo(Visibility.PUBLIC).build());
    index.put(SearchDocument.builder("decision", "9").url("/gouvernance/comite/decisions/9")
        .title("Décision confidentielle sur le budget zorglub").summary("Réservée aux membres du comité")
        .body("Le comité attribue un budget zorglub à la médiation numérique.")
        .date(OffsetDateTime.parse("2026-05-01T10:00:00Z")).published(false)
        .facet(SearchFacets.THEME, "Gouvernance secrète")
        .visibleTo(Visibility.body("comite")).build());
    index.refresh();
  }

  @AfterEach
  void close() {
    index.close();
    analysis.close();
  }

  static SearchDocument.Builder doc(String id, String title, String summary, String body, String day) {
    return SearchDocument.builder("resource", id).url("/ressources/r" + id).title(title).summary(summary).body(body)
        .date(OffsetDateTime.parse(day + "T09:00:00Z"));
  }

  SearchResults search(String text, Set<String> grants) {
    return service.search(SearchRequest.of(text), grants);
  }

  @Test
  void restrictedDocumentsAreInvisibleToAnonymousAndNonMembersEverywhere() {
    for (Set<String> grants : List.of(ANONYMOUS, OUTSIDER)) {
      SearchResults r = search("médiation numérique", grants);
      assertEquals(2, r.total(), "total counts only visible documents");
      assertTrue(r.hits().stream().noneMatch(h -> h.type().equals("decision")));
      assertTrue(r.facets().get(SearchFacets.THEME).stream().noneMatch(v -> v.value().equals("Gouvernance secrète")),
          "facet values of hidden documents are not listed");
      assertTrue(r.facets().get(SearchFacets.TYPE).stream().noneMatch(v -> v.value().equals("decision")));
      assertEquals(0, search("zorglub", grants).total());
      assertNull(search("zerglab", grants).didYouMean(), "no correction from a word only hidden documents hold");
      assertEquals(List.of(), service.suggest("Décision conf", grants));
    }
  }

  @Test
  void membersSeeTheirBodysDocuments() {
    SearchResults r = search("médiation numérique", MEMBER);
    assertEquals(3, r.total());
    assertEquals(1, search("zorglub", MEMBER).total());
    assertEquals(List.of("Décision confidentielle sur le budget zorglub"), service.suggest("Décision conf", MEMBER));
    assertEquals("zorglub", search("zerglab", MEMBER).didYouMean());
  }

  @Test
  void nobodyWithoutGrantsSeesAnything() {
    assertEquals(0, search("", Set.of()).total());
  }

  @Test
  void selectedFacetsKeepCountingTheirOtherValues() {
    SearchRequest request = new SearchRequest("", Map.of(SearchFacets.THEME, Set.of("Stratégie territoriale")),
        new Paging(1, 20), SearchRequest.Order.RELEVANCE);
    SearchResults r = service.search(request, ANONYMOUS);
    assertEquals(1, r.total());
    Map<String, Integer> themes = counts(r, SearchFacets.THEME);
    assertEquals(1, themes.get("Stratégie territoriale"));
    assertEquals(2, themes.get("Formation des agents"), "the other value counts as if the facet were not selected");
    assertEquals(Map.of("Élus", 1), counts(r, SearchFacets.AUDIENCE), "other facets count within the selection");
    assertTrue(r.facets().get(SearchFacets.THEME).stream()
        .anyMatch(v -> v.value().equals("Stratégie territoriale") && v.selected()));
  }

  @Test
  void valuesOfOneFacetAreAlternativesAndFacetsCombine() {
    SearchRequest either = new SearchRequest("",
        Map.of(SearchFacets.THEME, Set.of("Stratégie territoriale", "Formation des agents")),
        new Paging(1, 20), SearchRequest.Order.RELEVANCE);
    assertEquals(3, service.search(either, ANONYMOUS).total());
    SearchRequest both = new SearchRequest("",
        Map.of(SearchFacets.THEME, Set.of("Formation des agents"), SearchFacets.AUDIENCE, Set.of("Élus")),
        new Paging(1, 20), SearchRequest.Order.RELEVANCE);
    assertEquals(1, service.search(both, ANONYMOUS).total());
  }

  @Test
  void multiValuedFacetsCountEachValue() {
    Map<String, Integer> audiences = counts(search("", ANONYMOUS), SearchFacets.AUDIENCE);
    assertEquals(2, audiences.get("Élus"));
    assertEquals(1, audiences.get("Agents de collectivité"));
  }

  @Test
  void yearAndTypeAreDerived() {
    SearchResults r = search("", ANONYMOUS);
    assertEquals(Map.of("2026", 1, "2025", 1, "2024", 1), counts(r, SearchFacets.YEAR));
    assertEquals("Ressource", r.facets().get(SearchFacets.TYPE).get(0).label());
  }

  @Test
  void snippetsEscapeTheTextAndMarkTheMatches() {
    SearchResults r = search("ateliers", ANONYMOUS);
    assertEquals(1, r.total());
    String snippet = r.hits().get(0).snippetHtml();
    assertTrue(snippet.contains("<mark>ateliers</mark>"), snippet);
    assertTrue(snippet.contains("&lt;script&gt;"), snippet);
    assertFalse(snippet.contains("<script"), snippet);
  }

  @Test
  void emptyQueryListsTheMostRecentFirst() {
    SearchResults r = search("", ANONYMOUS);
    assertEquals(List.of("1", "2", "3"), r.hits().stream().map(SearchResults.Hit::id).toList());
  }

  @Test
  void titleMatchesRankFirst() {
    SearchResults r = search("aidants", ANONYMOUS);
    assertEquals("3", r.hits().get(0).id());
  }

  @Test
  void pagesAreSlicesOfTheSameOrder() {
    SearchRequest second = new SearchRequest("", Map.of(), new Paging(2, 2), SearchRequest.Order.DATE);
    SearchResults r = service.search(second, ANONYMOUS);
    assertEquals(3, r.total());
    assertEquals(List.of("3"), r.hits().stream().map(SearchResults.Hit::id).toList());
    assertEquals(2, r.pageCount());
    SearchRequest beyond = new SearchRequest("", Map.of(), new Paging(5, 2), SearchRequest.Order.DATE);
    assertEquals(List.of(), service.search(beyond, ANONYMOUS).hits());
  }

  @Test
  void aLongQueryWithoutAnyDocumentHoldingEveryWordGivesTheClosest() {
    SearchResults exact = search("stratégie commune élus", ANONYMOUS);
    assertEquals(1, exact.total());
    assertFalse(exact.partial());
    SearchResults closest = search("combien de communes ont une stratégie pour leurs habitants", ANONYMOUS);
    assertEquals(List.of("1"), closest.hits().stream().map(SearchResults.Hit::id).toList());
    assertTrue(closest.partial());
    assertEquals(0, search("zorglub stratégie commune", ANONYMOUS).hits().stream()
        .filter(h -> h.type().equals("decision")).count(), "relaxing never widens what may be seen");
    assertEquals(0, search("agents zorglub", ANONYMOUS).total(), "two words stay both required");
  }

  @Test
  void didYouMeanOffersAQueryThatFindsSomething() {
    SearchResults r = search("pyx", ANONYMOUS);
    assertEquals(0, r.total());
    assertEquals("pix", r.didYouMean());
  }

  @Test
  void suggestionsCompleteTheLastWordOfVisibleTitles() {
    assertEquals(List.of("Certification Pix pour les aidants"), service.suggest("certif", ANONYMOUS));
    assertEquals(List.of("Former les agents d'accueil"), service.suggest("former les ag", ANONYMOUS));
    assertEquals(List.of(), service.suggest("c", ANONYMOUS), "one letter suggests nothing");
    assertEquals(List.of(), service.suggest("x".repeat(5000), ANONYMOUS));
  }

  @Test
  void replacingAndRemovingGoByKey() {
    index.put(doc("1", "Titre remplacé", "", "", "2026-03-01").visibleTo(Visibility.PUBLIC).build());
    index.remove(SearchDocument.key("resource", "2"));
    index.refresh();
    assertEquals(2, search("", ANONYMOUS).total());
    assertEquals(1, search("remplacé", ANONYMOUS).total());
    assertEquals(0, search("stratégie", ANONYMOUS).total());
  }

  @Test
  void theCheckpointAndTheDatabaseSurviveReopening() {
    index.projects("base-2026");
    index.commit(42);
    index.close();
    index = SearchIndex.open(dir.resolve("index"), analysis);
    assertEquals(42, index.checkpoint());
    assertEquals("base-2026", index.database());
    assertEquals(4, index.size());
  }

  @Test
  void uncommittedChangesAreLostOnReopenAndThatIsWhatTheCheckpointIsFor() {
    index.commit(7);
    index.put(doc("5", "Après le dernier enregistrement", "", "", "2026-01-01").visibleTo(Visibility.PUBLIC).build());
    index.close();
    index = SearchIndex.open(dir.resolve("index"), analysis);
    assertEquals(7, index.checkpoint());
    assertEquals(4, index.size());
  }

  @Test
  void compoundsAndHyphensIndexWithOffsets() {
    index.put(doc("6", "FranceConnect et e-administration", "France-Connect", "l'e-administration", "2026-01-01")
        .visibleTo(Visibility.PUBLIC).build());
    index.refresh();
    assertEquals(1, search("france connect", ANONYMOUS).total());
    assertEquals(1, search("eadministration", ANONYMOUS).total());
  }

  @Test
  void badParametersAreNamedInFrench() {
    InvalidInput e = assertThrows(InvalidInput.class,
        () -> SearchRequest.parse("x", null, "-1", "100000", "n'importe", Map.of("facet.couleur", List.of("bleu"))));
    List<String> fields = e.errors().stream().map(f -> f.getField()).toList();
    assertTrue(fields.containsAll(List.of("page", "sort", "facet.couleur")), fields.toString());
    assertThrows(InvalidInput.class, () -> SearchRequest.parse("x", null, "600", "20", null, Map.of()));
    assertThrows(InvalidInput.class,
        () -> SearchRequest.parse("x", null, null, null, null, Map.of("facet.theme", List.of("a\u0000b"))));
    for (String type : List.of("a\u0000b", "x".repeat(201))) {
      InvalidInput bad = assertThrows(InvalidInput.class,
          () -> SearchRequest.parse("x", type, null, null, null, Map.of()));
      assertEquals("type", bad.errors().get(0).getField());
    }
  }

  @Test
  void hostileQueriesGetAnAnswer() {
    for (String q : List.of("title:(", "*", "~~", "\"non fermé", "\u0000\u0007", "😀 médiation", "x".repeat(5000),
        "a OR b AND NOT c", "'; DROP TABLE resources_resource; --")) {
      SearchResults r = search(q, ANONYMOUS);
      assertTrue(r.total() >= 0, q);
    }
  }

  private static Map<String, Integer> counts(SearchResults r, String facet) {
    Map<String, Integer> counts = new java.util.LinkedHashMap<>();
    r.facets().get(facet).forEach(v -> counts.put(v.value(), v.count()));
    return counts;
  }

  @Test
  void similarDocumentsAreTrimmedLikeResultsAndNeverTheDocumentItself() {
    List<String> anonymous = service.similar("resource", "2", Set.of(), 5, ANONYMOUS).stream()
        .map(d -> d.type() + ":" + d.id()).toList();
    assertFalse(anonymous.isEmpty(), "the other guides on mediation and training are found");
    assertFalse(anonymous.contains("resource:2"), anonymous.toString());
    assertFalse(anonymous.contains("decision:9"), "a members-only decision stays hidden: " + anonymous);

    List<String> member = service.similar("resource", "2", Set.of(), 5, MEMBER).stream()
        .map(d -> d.type() + ":" + d.id()).toList();
    assertTrue(member.contains("decision:9"), "members see their body's decision: " + member);
    assertEquals(List.of("decision:9"), service.similar("resource", "2", Set.of("decision"), 5, MEMBER).stream()
        .map(d -> d.type() + ":" + d.id()).toList(), "only the types asked for");

    assertEquals(List.of(), service.similar("decision", "9", Set.of(), 5, ANONYMOUS),
        "nothing is said of a document the asker may not see");
    assertEquals(List.of(), service.similar("resource", "404", Set.of(), 5, ANONYMOUS));
    var first = service.similar("resource", "2", Set.of(), 1, ANONYMOUS);
    assertEquals(1, first.size());
    assertTrue(first.get(0).url().startsWith("/ressources/r"), first.toString());
    assertFalse(first.get(0).summary().contains("<"), "plain text summary: " + first.get(0).summary());
  }
}
