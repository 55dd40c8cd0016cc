package fr.passerelle.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.SearchFacets;
import fr.passerelle.kernel.search.Visibility;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticDocumentsTest {

  private static final int SAMPLE = 5000;
  private static List<SearchDocument> sample;

  @BeforeAll
  static void generate() {
    SyntheticDocuments documents = new SyntheticDocuments(42);
    sample = IntStream.range(0, SAMPLE).mapToObj(documents::document).toList();
  }

  @Test
  void theSameSeedGivesTheSameDocumentsInAnyOrder() {
    SyntheticDocuments again = new SyntheticDocuments(42);
    for (int n = SAMPLE - 1; n >= SAMPLE - 200; n--) {
      assertEquals(sample.get(n), again.document(n));
    }
    assertEquals(sample.get(7), again.document(7));
  }

  @Test
  void anotherSeedGivesOtherDocuments() {
    SyntheticDocuments other = new SyntheticDocuments(43);
    long same = IntStream.range(0, 100).filter(n -> other.document(n).body().equals(sample.get(n).body())).count();
    assertEquals(0, same);
    assertNotEquals(sample.get(0).title() + sample.get(1).title(), other.document(0).title() + other.document(1).title());
  }

  @Test
  void keysAreUniqueAndUrlsFollowTheType() {
    assertEquals(SAMPLE, sample.stream().map(SearchDocument::key).distinct().count());
    for (SearchDocument d : sample) {
      assertTrue(d.url().endsWith("/" + d.id()), d.url());
      assertTrue(d.url().startsWith("/"), d.url());
    }
  }

  @Test
  void textLengthsAreThoseOfRealPages() {
    for (SearchDocument d : sample) {
      assertBetween(SyntheticDocuments.TITLE_MIN, SyntheticDocuments.TITLE_MAX, SyntheticDocuments.words(d.title()), d.title());
      assertBetween(SyntheticDocuments.SUMMARY_MIN, SyntheticDocuments.SUMMARY_MAX, SyntheticDocuments.words(d.summary()),
          d.summary());
      assertBetween(SyntheticDocuments.BODY_MIN, SyntheticDocuments.BODY_MAX, SyntheticDocuments.words(d.body()), d.body());
      assertTrue(Character.isUpperCase(d.title().charAt(0)), d.title());
      assertTrue(d.summary().endsWith(".") && d.body().endsWith("."), d.body());
    }
  }

  @Test
  void theTextSpeaksTheLanguageOfDigitalInclusion() {
    String all = sample.stream().limit(1000).map(d -> d.title() + " " + d.summary() + " " + d.body())
        .collect(Collectors.joining(" "));
    for (String expected : List.of("médiation numérique", "aidants", "Pass numérique", "France services",
        "illectronisme", "collectivités", "formation des agents", "EPN", "démarches en ligne")) {
      assertTrue(all.contains(expected), expected);
    }
  }

  @Test
  void aboutEightyFivePercentArePublicTheRestForEditorsBodiesOrOnePerson() {
    Map<String, Integer> kinds = new HashMap<>();
    for (SearchDocument d : sample) {
      assertEquals(1, d.visibility().size());
      String grant = d.visibility().iterator().next();
      String kind = grant.equals(Visibility.PUBLIC) ? "public"
          : grant.equals(Visibility.role("editor")) ? "editor"
          : grant.startsWith("body:") ? "body"
          : grant.matches("user:u\\d{4}") ? "user" : "unexpected " + grant;
      if (kind.equals("body")) {
        assertTrue(Vocabulary.BODIES.contains(grant.substring("body:".length())), grant);
      }
      if (kind.equals("editor") || kind.equals("user")) {
        assertTrue(!d.published(), "drafts are the unpublished ones");
      }
      kinds.merge(kind, 1, Integer::sum);
    }
    assertEquals(Set.of("public", "editor", "body", "user"), kinds.keySet());
    assertBetween(0.82, 0.88, share(kinds.get("public")));
    assertBetween(0.03, 0.07, share(kinds.get("editor")));
    assertBetween(0.05, 0.09, share(kinds.get("body")));
  }

  @Test
  void typesHaveRealisticSharesResourcesFirst() {
    Map<String, Long> types = sample.stream().collect(Collectors.groupingBy(SearchDocument::type, Collectors.counting()));
    assertEquals(Set.copyOf(Vocabulary.TYPE_ORDER), types.keySet());
    assertBetween(0.36, 0.44, share(types.get("resource")));
    assertBetween(0.21, 0.29, share(types.get("initiative")));
    assertBetween(0.07, 0.13, share(types.get("decision")));
  }

  @Test
  void facetsTakeTheirValuesFromTheListsWithSkewedFrequencies() {
    Map<String, Integer> themes = new HashMap<>();
    Set<String> audiences = new HashSet<>();
    Map<String, Integer> licences = new HashMap<>();
    for (SearchDocument d : sample) {
      Set<String> docThemes = d.facets().get(SearchFacets.THEME);
      assertBetween(1, 3, docThemes.size(), "themes");
      assertTrue(Vocabulary.THEMES.containsAll(docThemes), docThemes.toString());
      docThemes.forEach(t -> themes.merge(t, 1, Integer::sum));
      Set<String> docAudiences = d.facets().get(SearchFacets.AUDIENCE);
      assertBetween(1, 2, docAudiences.size(), "audiences");
      audiences.addAll(docAudiences);
      assertEquals(1, d.facets().get(SearchFacets.LICENCE).size());
      licences.merge(d.facets().get(SearchFacets.LICENCE).iterator().next(), 1, Integer::sum);
      assertTrue(!d.facets().containsKey(SearchFacets.TYPE) && !d.facets().containsKey(SearchFacets.YEAR),
          "type and year are derived by the index");
    }
    assertEquals(Set.copyOf(Vocabulary.THEMES), themes.keySet());
    assertTrue(themes.get(Vocabulary.THEMES.get(0)) > 2 * themes.get(Vocabulary.THEMES.get(7)), themes.toString());
    assertEquals(Set.copyOf(Vocabulary.AUDIENCES), audiences);
    assertEquals(Set.copyOf(Vocabulary.LICENCES), licences.keySet());
    assertTrue(licences.get("Licence Ouverte 2.0") > 5 * licences.get("ODbL"), licences.toString());
  }

  @Test
  void territoriesAreDepartementsInTheirRegionsBusyOnesMoreOften() {
    Map<String, String> regionOf = new HashMap<>();
    Vocabulary.REGIONS.forEach(r -> r.territories().forEach(t -> regionOf.put(t, r.name())));
    assertEquals(18, Vocabulary.REGIONS.size());
    assertEquals(101, regionOf.size());
    Map<String, Integer> territories = new HashMap<>();
    Set<String> regions = new HashSet<>();
    int national = 0;
    for (SearchDocument d : sample) {
      Set<String> docTerritories = d.facets().getOrDefault(SearchFacets.TERRITORY, Set.of());
      Set<String> docRegions = d.facets().getOrDefault(SearchFacets.REGION, Set.of());
      assertBetween(0, 2, docTerritories.size(), "territories");
      assertEquals(docTerritories.stream().map(regionOf::get).collect(Collectors.toSet()), docRegions);
      docTerritories.forEach(t -> territories.merge(t, 1, Integer::sum));
      regions.addAll(docRegions);
      national += docTerritories.isEmpty() ? 1 : 0;
    }
    assertBetween(0.16, 0.24, share(national));
    assertTrue(territories.size() >= 95, "territories seen: " + territories.size());
    assertEquals(18, regions.size());
    assertTrue(territories.get("Paris") > 3 * territories.getOrDefault("Lozère", 0), territories.toString());
  }

  @Test
  void datesSpanEightYearsWithMoreRecentDocuments() {
    int[] perYear = new int[SyntheticDocuments.YEARS];
    for (SearchDocument d : sample) {
      int year = SyntheticDocuments.year(d);
      assertBetween(SyntheticDocuments.FIRST_YEAR, SyntheticDocuments.FIRST_YEAR + SyntheticDocuments.YEARS - 1, year,
          d.date().toString());
      perYear[year - SyntheticDocuments.FIRST_YEAR]++;
    }
    List<Integer> counts = new ArrayList<>();
    for (int c : perYear) {
      assertTrue(c > 0);
      counts.add(c);
    }
    assertTrue(perYear[SyntheticDocuments.YEARS - 1] > 2 * perYear[0], counts.toString());
  }

  @Test
  void wordsAreCountedAsPeopleCountThem() {
    assertEquals(3, SyntheticDocuments.words("Guide pratique : l'illectronisme"));
    assertEquals(3, SyntheticDocuments.words("  hausse de 12 % "));
    assertEquals(0, SyntheticDocuments.words(""));
    assertEquals("Un deux trois.", SyntheticDocuments.cut("Un deux trois quatre cinq.", 3));
    assertEquals("Un deux.", SyntheticDocuments.cut("Un deux, trois.", 2));
    assertEquals("Un deux.", SyntheticDocuments.cut("Un deux.", 5));
  }

  private static double share(long count) {
    return (double) count / SAMPLE;
  }

  private static void assertBetween(double low, double high, double value) {
    assertTrue(value >= low && value <= high, value + " not in [" + low + ", " + high + "]");
  }

  private static void assertBetween(int low, int high, int value, String what) {
    assertTrue(value >= low && value <= high, value + " not in [" + low + ", " + high + "]: " + what);
  }
}
