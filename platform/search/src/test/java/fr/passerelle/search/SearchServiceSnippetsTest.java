package fr.passerelle.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.search.SearchDocument;
import fr.passerelle.kernel.search.Visibility;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snippets of a real index: the words found are marked, typos included, and the rest is escaped. */
class SearchServiceSnippetsTest {

  @TempDir static Path dir;
  private static FrenchAnalysis analysis;
  private static SearchIndex index;
  private static SearchService service;

  @BeforeAll
  static void index() {
    analysis = FrenchAnalysis.withSynonyms(SmallIndex.synonymFile());
    index = SearchIndex.open(dir.resolve("index"), analysis);
    index.put(document("1", "Guide de la médiation numérique",
        "La médiation numérique aide les habitants <script>alert(1)</script> dans leurs démarches."));
    index.put(document("2", "Financer un tiers-lieu", "Le budget annuel du tiers-lieu et ses partenaires."));
    index.commit(2);
    index.refresh();
    service = new SearchService(index, analysis, type -> type);
  }

  @AfterAll
  static void close() {
    index.close();
    analysis.close();
  }

  @Test
  void aMisspeltWordIsFoundAndMarkedAsWritten() {
    SearchResults results = service.search(SearchRequest.of("mediatoin"), Set.of(Visibility.PUBLIC));
    assertEquals(1, results.total());
    String snippet = results.hits().get(0).snippetHtml();
    assertTrue(snippet.contains("<mark>médiation</mark>"), snippet);
  }

  @Test
  void wordsAndPhrasesAreMarkedAndTheRestEscaped() {
    SearchResults results = service.search(SearchRequest.of("\"médiation numérique\" habitants"),
        Set.of(Visibility.PUBLIC));
    assertEquals(1, results.total());
    String snippet = results.hits().get(0).snippetHtml();
    assertTrue(snippet.contains("<mark>habitants</mark>"), snippet);
    assertTrue(snippet.contains("<mark>médiation numérique</mark>") || snippet.contains("<mark>médiation</mark>"),
        snippet);
    assertTrue(snippet.contains("&lt;script&gt;") && !snippet.contains("<script>"), snippet);
  }

  private static SearchDocument document(String id, String title, String summary) {
    return SearchDocument.builder("resource", id)
        .url("/ressources/" + id)
        .title(title)
        .summary(summary)
        .body("")
        .date(OffsetDateTime.parse("2025-03-01T10:00:00+01:00"))
        .visibleTo(Visibility.PUBLIC)
        .build();
  }
}
