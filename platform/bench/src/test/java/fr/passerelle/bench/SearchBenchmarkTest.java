package fr.passerelle.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchBenchmarkTest {

  @Test
  void optionsHaveDefaultsAndBothSpellings() {
    SearchBenchmark.Options o = SearchBenchmark.Options.parse("--docs", "100_000", "--queries=500", "--no-postgres");
    assertEquals(100_000, o.docs());
    assertEquals(500, o.queries());
    assertEquals(300, o.warmup());
    assertFalse(o.postgres());
    assertEquals("jdbc:postgresql://localhost:5432/passerelle_bench", o.pgUrl());
    assertEquals(Path.of("var/bench/index"), o.indexDir());
  }

  @Test
  void optionsRefuseWhatTheyDoNotKnow() {
    assertThrows(IllegalArgumentException.class, () -> SearchBenchmark.Options.parse());
    assertThrows(IllegalArgumentException.class, () -> SearchBenchmark.Options.parse("--docs", "0"));
    assertThrows(IllegalArgumentException.class, () -> SearchBenchmark.Options.parse("--docs", "dix"));
    assertThrows(IllegalArgumentException.class, () -> SearchBenchmark.Options.parse("--docs", "10", "--vite"));
    assertThrows(IllegalArgumentException.class, () -> SearchBenchmark.Options.parse("--docs"));
  }

  @Test
  void everyQueryOfTheMixRunsAsOftenInASeededOrder() {
    List<Integer> sequence = SearchBenchmark.sequence(52, SearchBenchmark.roundUp(1000, 52), 42);
    assertEquals(1040, sequence.size());
    assertEquals(Set.of(20L), sequence.stream()
        .collect(Collectors.groupingBy(i -> i, Collectors.counting())).values().stream().collect(Collectors.toSet()));
    assertEquals(sequence, SearchBenchmark.sequence(52, 1040, 42));
    assertFalse(sequence.subList(0, 52).equals(sequence.subList(52, 104)), "each pass in its own order");
  }

  @Test
  void theMixHasEveryKindOfQueryForBothIdentities() {
    List<QueryMix.BenchQuery> mix = QueryMix.queries();
    assertEquals(Set.copyOf(QueryMix.CATEGORIES), mix.stream().map(QueryMix.BenchQuery::category).collect(Collectors.toSet()));
    assertEquals(mix.size() / 2, Collections.frequency(mix.stream().map(QueryMix.BenchQuery::identity).toList(),
        QueryMix.ANONYMOUS));
    assertTrue(mix.stream().filter(q -> q.category().equals(QueryMix.FACETS))
        .allMatch(q -> q.filters().size() >= 2 && q.filters().size() <= 3));
  }

  @Test
  void theIndexDirectoryIsEmptiedOnlyWhenItHoldsAnIndex(@TempDir Path dir) throws IOException {
    Path index = dir.resolve("index");
    Files.createDirectories(index);
    Files.writeString(index.resolve("segments_1"), "");
    Files.writeString(index.resolve("_0.cfs"), "");
    SearchBenchmark.resetIndexDirectory(index);
    try (var files = Files.list(index)) {
      assertEquals(0, files.count());
    }
    Files.writeString(index.resolve("notes.txt"), "à garder");
    assertThrows(IllegalStateException.class, () -> SearchBenchmark.resetIndexDirectory(index));
    assertTrue(Files.exists(index.resolve("notes.txt")));
  }
}
