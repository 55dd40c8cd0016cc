package fr.passerelle.search;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * Reads a synonym file in the Solr format: {@code a, b, c} for words that mean the same, {@code a =>
 * b, c} for a word that should also find others but not the reverse, {@code #} for comments.
 */
final class SynonymFile {

  private SynonymFile() {}

  /**
   * Fails with a {@link SynonymFileException} naming the file and, when the content is at fault, the
   * line: a search that silently ignores its synonyms is found out by users, weeks later.
   */
  static SynonymMap read(Path file, Analyzer entries) {
    List<String> lines = lines(file);
    for (int i = 0; i < lines.size(); i++) {
      checkShape(file, i + 1, lines.get(i));
    }
    SolrSynonymParser parser = new SolrSynonymParser(true, true, entries);
    try {
      parser.parse(new StringReader(String.join("\n", lines)));
      return parser.build();
    } catch (ParseException e) {
      int line = lineOf(e);
      String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
      throw new SynonymFileException(file, line, lineText(lines, line), cause, e);
    } catch (IOException e) {
      throw new SynonymFileException(file, "cannot be parsed: " + e.getMessage(), e);
    }
  }

  private static List<String> lines(Path file) {
    try {
      // readAllLines rejects bytes that are not UTF-8 instead of turning accents into garbage.
      List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
      // Editors on Windows may start the file with a byte order mark, which would glue onto the first word.
      if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
        lines.set(0, lines.get(0).substring(1));
      }
      // The Solr parser only knows a comment by a '#' in the very first column.
      lines.replaceAll(String::strip);
      return lines;
    } catch (NoSuchFileException e) {
      throw new SynonymFileException(file, "does not exist", e);
    } catch (CharacterCodingException e) {
      throw new SynonymFileException(file, "is not UTF-8 text", e);
    } catch (IOException e) {
      throw new SynonymFileException(file, "cannot be read: " + e, e);
    }
  }

  /**
   * The Solr parser accepts a rule with a single word or an empty side and silently makes nothing of
   * it; such a line is almost always a typing mistake (a missing comma or a stray arrow).
   */
  private static void checkShape(Path file, int number, String line) {
    String rule = line.strip();
    if (rule.isEmpty() || rule.startsWith("#")) {
      return;
    }
    int arrow = rule.indexOf("=>");
    if (arrow >= 0) {
      if (rule.indexOf("=>", arrow + 2) >= 0) {
        throw new SynonymFileException(file, number, line, "more than one \"=>\"", null);
      }
      if (hasNoEntry(rule.substring(0, arrow)) || hasNoEntry(rule.substring(arrow + 2))) {
        throw new SynonymFileException(file, number, line, "a side of \"=>\" is empty", null);
      }
    } else if (rule.split(",").length < 2 || hasEmptyEntry(rule)) {
      throw new SynonymFileException(
          file, number, line, "expected at least two comma-separated entries", null);
    }
  }

  private static boolean hasNoEntry(String side) {
    return side.replace(",", "").isBlank();
  }

  private static boolean hasEmptyEntry(String rule) {
    for (String entry : rule.split(",", -1)) {
      if (entry.isBlank()) {
        return true;
      }
    }
    return false;
  }

  /** The Solr parser reports "Invalid synonym rule at line N" and nothing more structured. */
  private static int lineOf(ParseException e) {
    String message = String.valueOf(e.getMessage());
    int at = message.lastIndexOf(' ');
    try {
      return Integer.parseInt(message.substring(at + 1));
    } catch (NumberFormatException notANumber) {
      return 0;
    }
  }

  private static String lineText(List<String> lines, int line) {
    return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
  }
}
