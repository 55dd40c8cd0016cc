package fr.passerelle.search;

import java.nio.file.Path;

/** A synonym file that is missing, unreadable or has a rule that cannot be used. */
public final class SynonymFileException extends RuntimeException {

  private final Path file;
  private final int line;

  SynonymFileException(Path file, String problem, Throwable cause) {
    super("Synonym file " + file.toAbsolutePath() + " " + problem, cause);
    this.file = file;
    this.line = 0;
  }

  SynonymFileException(Path file, int line, String text, String problem, Throwable cause) {
    super(
        "Synonym file " + file.toAbsolutePath() + ", line " + line + ": " + problem + " in \"" + text.strip() + "\"",
        cause);
    this.file = file;
    this.line = line;
  }

  public Path file() {
    return file;
  }

  /** The 1-based line at fault, or 0 when the whole file is. */
  public int line() {
    return line;
  }
}
