package fr.passerelle.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SynonymFileTest {

  @TempDir Path dir;

  @Test
  void theRepositoryFileLoadsAndExpands() {
    try (FrenchAnalysis analysis = FrenchAnalysis.withSynonyms(SmallIndex.synonymFile())) {
      List<String> terms = FrenchAnalysisTest.terms(analysis.queryAnalyzer(), "EPN");
      assertTrue(terms.containsAll(List.of("epn", "espac", "public", "num")), terms.toString());
    }
  }

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("absent.txt");
    SynonymFileException e = assertThrows(SynonymFileException.class, () -> FrenchAnalysis.withSynonyms(missing));
    assertTrue(e.getMessage().contains(missing.toAbsolutePath().toString()), e.getMessage());
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    assertEquals(0, e.line());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "médiation => accompagnement => aide",
        "illectronisme",
        "EPN, , espace public numérique",
        "=> espace public numérique",
        "EPN =>",
        "!?, EPN",
      })
  void aBadRuleIsNamedWithItsLine(String rule) throws IOException {
    Path file = write("# Synonymes\n\nCCAS, centre communal d'action sociale\n" + rule + "\nMOOC, formation en ligne\n");
    SynonymFileException e = assertThrows(SynonymFileException.class, () -> FrenchAnalysis.withSynonyms(file));
    assertEquals(4, e.line(), e.getMessage());
    assertTrue(e.getMessage().contains(file.toAbsolutePath() + ", line 4: "), e.getMessage());
    assertTrue(e.getMessage().contains(rule.strip()), e.getMessage());
  }

  @Test
  void bytesThatAreNotUtf8AreRefused() throws IOException {
    Path file = dir.resolve("latin1.txt");
    Files.write(file, "collectivité, commune\n".getBytes(StandardCharsets.ISO_8859_1));
    SynonymFileException e = assertThrows(SynonymFileException.class, () -> FrenchAnalysis.withSynonyms(file));
    assertTrue(e.getMessage().contains("is not UTF-8"), e.getMessage());
  }

  @Test
  void aByteOrderMarkAndIndentedCommentsAreAccepted() throws IOException {
    Path file = write("\uFEFFMOOC, formation en ligne\n   # indented comment, no comma\n");
    try (FrenchAnalysis analysis = FrenchAnalysis.withSynonyms(file)) {
      assertTrue(FrenchAnalysisTest.terms(analysis.queryAnalyzer(), "mooc").contains("lign"));
    }
  }

  private Path write(String content) throws IOException {
    Path file = dir.resolve("synonyms.txt");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
