package fr.passerelle.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The little syntax users may type: words, {@code "phrases"}, and {@code -} before a word or a phrase
 * to exclude it. Everything else, Lucene syntax included, is text for the analyzer, which keeps
 * letters and digits and drops the rest.
 */
final class QuerySyntax {

  enum Kind {
    /** Consecutive words, read together so that multi-word synonyms and compounds are seen. */
    WORDS,
    /** Words that must follow each other. */
    PHRASE
  }

  /** A piece of the query; an excluded one is a single word or a phrase. */
  record Clause(Kind kind, String text, boolean excluded) {}

  /** The query as understood: its cleaned text and its clauses. */
  record Reading(String text, List<Clause> clauses) {}

  private QuerySyntax() {}

  static Reading read(String raw, int maxCharacters, int maxWords) {
    String text = clean(raw, maxCharacters);
    return new Reading(text, clauses(text, maxWords));
  }

  /**
   * Spaces for what separates words, nothing for what is invisible, plain quotes for French and
   * typographic ones, at most {@code maxCharacters} code points cut at a space.
   */
  static String clean(String raw, int maxCharacters) {
    if (raw == null) {
      return "";
    }
    // Bound the work before normalising: nothing past the cap is read anyway.
    String bounded = raw.length() > maxCharacters * 4 ? raw.substring(0, maxCharacters * 4) : raw;
    // Composed accents, so that "e" followed by a combining acute accent folds like "é".
    String normalised = Normalizer.normalize(bounded, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(normalised.length());
    boolean space = true;
    int count = 0;
    for (int i = 0; i < normalised.length() && count < maxCharacters; ) {
      int c = normalised.codePointAt(i);
      i += Character.charCount(c);
      int kept = keep(c);
      if (kept == NOTHING) {
        continue;
      }
      if (kept == ' ') {
        if (!space) {
          out.append(' ');
          count++;
        }
        space = true;
      } else {
        out.appendCodePoint(kept);
        count++;
        space = false;
      }
    }
    String cleaned = out.toString().strip();
    if (count >= maxCharacters) {
      // Do not leave half a word at the end: it would be searched as a word that does not exist.
      int lastSpace = cleaned.lastIndexOf(' ');
      if (lastSpace > 0) {
        cleaned = cleaned.substring(0, lastSpace);
      }
    }
    return cleaned;
  }

  private static final int NOTHING = -1;

  private static int keep(int c) {
    switch (c) {
      case '«', '»', '“', '”', '„', '‟', '″':
        return '"';
      default:
        break;
    }
    if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
      return ' ';
    }
    if ((c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF)) {
      return NOTHING; // variation selectors, which turn a character into an emoji
    }
    switch (Character.getType(c)) {
      case Character.FORMAT:
        // Soft hyphens, zero-width joiners, direction marks: invisible, and inside words.
        return NOTHING;
      case Character.CONTROL,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.OTHER_SYMBOL,
          Character.MODIFIER_SYMBOL:
        // Emoji and pictographs are symbols: they separate words and are not searched.
        return ' ';
      default:
        return c;
    }
  }

  private static List<Clause> clauses(String text, int maxWords) {
    List<Clause> clauses = new ArrayList<>();
    StringBuilder words = new StringBuilder();
    int budget = maxWords;
    int n = text.length();
    int i = 0;
    while (i < n && budget > 0) {
      char c = text.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      boolean excluded = false;
      if (c == '-' && i + 1 < n && text.charAt(i + 1) != ' ') {
        excluded = true;
        c = text.charAt(++i);
      }
      if (c == '"') {
        int close = text.indexOf('"', i + 1);
        if (close < 0) {
          // An unbalanced quote is a typing slip: read what follows as words.
          i++;
          continue;
        }
        List<String> phrase = wordsOf(text.substring(i + 1, close), budget);
        if (!phrase.isEmpty()) {
          flush(words, clauses);
          clauses.add(new Clause(Kind.PHRASE, String.join(" ", phrase), excluded));
          budget -= phrase.size();
        }
        i = close + 1;
        continue;
      }
      int end = i;
      while (end < n && text.charAt(end) != ' ' && text.charAt(end) != '"') {
        end++;
      }
      String word = text.substring(i, end);
      if (excluded) {
        flush(words, clauses);
        clauses.add(new Clause(Kind.WORDS, word, true));
      } else {
        words.append(words.length() == 0 ? "" : " ").append(word);
      }
      budget--;
      i = end;
    }
    flush(words, clauses);
    return List.copyOf(clauses);
  }

  private static List<String> wordsOf(String text, int budget) {
    List<String> words = new ArrayList<>();
    for (String word : text.split(" ")) {
      if (!word.isEmpty() && words.size() < budget) {
        words.add(word);
      }
    }
    return words;
  }

  private static void flush(StringBuilder words, List<Clause> clauses) {
    if (words.length() > 0) {
      clauses.add(new Clause(Kind.WORDS, words.toString(), false));
      words.setLength(0);
    }
  }
}
