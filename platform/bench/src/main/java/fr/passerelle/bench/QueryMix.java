package fr.passerelle.bench;

import fr.passerelle.kernel.search.SearchFacets;
import fr.passerelle.kernel.search.Visibility;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixed queries every engine runs: single words, several words, quoted phrases, typos, two or
 * three facet filters and a listing without text, each asked once anonymously and once by a member
 * of two governance bodies.
 */
final class QueryMix {

  /** Who asks: a name for the table and the grants the platform would compute for them. */
  record Identity(String name, Set<String> grants) {}

  /**
   * One query as a user would make it.
   *
   * @param text what was typed, {@code "quoted phrases"} and {@code -exclusions} included
   * @param filters selected facet values (several values of one facet are alternatives)
   */
  record BenchQuery(String category, String text, Map<String, Set<String>> filters, Identity identity) {}

  static final Identity ANONYMOUS = new Identity("anonyme", Set.of(Visibility.PUBLIC));

  static final Identity MEMBER = new Identity("membre", Set.of(
      Visibility.PUBLIC, Visibility.SIGNED_IN, Visibility.user(SyntheticDocuments.user(42)),
      Visibility.body("comite-national-inclusion"), Visibility.body("groupe-aidants-connect")));

  static final String WORD = "un mot";
  static final String WORDS = "plusieurs mots";
  static final String PHRASE = "expression";
  static final String TYPO = "faute de frappe";
  static final String FACETS = "2-3 facettes";
  static final String LISTING = "sans texte";

  static final List<String> CATEGORIES = List.of(WORD, WORDS, PHRASE, TYPO, FACETS, LISTING);

  private QueryMix() {}

  static List<BenchQuery> queries() {
    List<BenchQuery> base = new ArrayList<>();
    for (String word : List.of("médiation", "aidants", "illectronisme", "collectivités", "EPN", "numérique",
        "tiers-lieux", "FranceConnect")) {
      base.add(query(WORD, word));
    }
    for (String words : List.of("médiation numérique petite commune", "formation des agents",
        "démarches en ligne", "aidants connect", "financement pass numérique")) {
      base.add(query(WORDS, words));
    }
    for (String phrase : List.of("\"France services\"", "\"Pass numérique\"", "\"démarches en ligne\"",
        "\"formation des agents\" -webinaire")) {
      base.add(query(PHRASE, phrase));
    }
    for (String typo : List.of("mediatoin", "ilectronisme", "acompagnement", "colectivites",
        "formaton des agents")) {
      base.add(query(TYPO, typo));
    }
    base.add(query(FACETS, "médiation",
        SearchFacets.THEME, "Médiation numérique", SearchFacets.REGION, "Bretagne"));
    base.add(query(FACETS, "aidants",
        SearchFacets.TYPE, "resource", SearchFacets.AUDIENCE, "Élus", SearchFacets.YEAR, "2024"));
    base.add(query(FACETS, "numérique",
        SearchFacets.TERRITORY, "Nord", SearchFacets.LICENCE, "Licence Ouverte 2.0"));
    base.add(query(FACETS, "formation",
        SearchFacets.THEME, "Formation des agents", SearchFacets.AUDIENCE, "Agents territoriaux"));
    base.add(query(FACETS, "inclusion numérique",
        SearchFacets.REGION, "Occitanie", SearchFacets.YEAR, "2023", SearchFacets.TYPE, "initiative"));
    base.add(query(LISTING, "", SearchFacets.TYPE, "decision", SearchFacets.YEAR, "2025"));

    List<BenchQuery> all = new ArrayList<>();
    for (BenchQuery q : base) {
      all.add(new BenchQuery(q.category(), q.text(), q.filters(), ANONYMOUS));
      all.add(new BenchQuery(q.category(), q.text(), q.filters(), MEMBER));
    }
    return List.copyOf(all);
  }

  /** @param facets facet name, value, facet name, value… */
  private static BenchQuery query(String category, String text, String... facets) {
    Map<String, Set<String>> filters = new LinkedHashMap<>();
    for (int i = 0; i < facets.length; i += 2) {
      filters.put(facets[i], Set.of(facets[i + 1]));
    }
    return new BenchQuery(category, text, Collections.unmodifiableMap(filters), ANONYMOUS);
  }
}
