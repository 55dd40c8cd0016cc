package fr.passerelle.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The index folder of a node ({@code var/index/}): one sub-folder per build of the index, and a
 * {@code current} file naming the one in use. A rebuild fills a new folder while the current one
 * serves, then {@link #makeCurrent} switches with an atomic rename, so a crash leaves either the old
 * or the new index in use, never a half-built one.
 */
public final class IndexLocation {

  static final String CURRENT = "current";
  static final String REINDEX_REQUEST = "reindex.request";
  static final String REINDEX_REPORT = "reindex.report";

  private static final DateTimeFormatter NAMES = DateTimeFormatter.ofPattern("'build-'yyyyMMdd-HHmmss-SSS");

  private final Path root;

  public IndexLocation(Path root) {
    this.root = root;
  }

  public Path root() {
    return root;
  }

  /** The folder in use, if any index was ever built here. */
  public Optional<Path> current() {
    Path pointer = root.resolve(CURRENT);
    try {
      if (!Files.isRegularFile(pointer)) {
        return Optional.empty();
      }
      String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
      Path folder = root.resolve(name).normalize();
      return folder.getParent().equals(root) && Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new, empty folder for a build. */
  public Path newBuild() {
    try {
      Files.createDirectories(root);
      Path folder = root.resolve(NAMES.format(LocalDateTime.now()));
      while (Files.exists(folder)) {
        folder = root.resolve(folder.getFileName() + "-b");
      }
      return Files.createDirectory(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Points {@code current} at a build folder, atomically. */
  public void makeCurrent(Path folder) {
    try {
      Path tmp = root.resolve(CURRENT + ".tmp");
      Files.writeString(tmp, folder.getFileName().toString() + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes every build folder but the current one (left by a crash during a build, or replaced). */
  public void deleteOtherBuilds() {
    Optional<Path> keep = current();
    try (Stream<Path> children = Files.list(root)) {
      for (Path child : children.filter(Files::isDirectory).toList()) {
        if (keep.isEmpty() || !keep.get().equals(child)) {
          deleteTree(child);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** True when someone (the launcher's {@code reindex}) asked for a rebuild. */
  public boolean reindexRequested() {
    return Files.exists(root.resolve(REINDEX_REQUEST));
  }

  /** Clears the request and leaves the outcome where the launcher waits for it. */
  public void reportReindex(String json) {
    try {
      Path tmp = root.resolve(REINDEX_REPORT + ".tmp");
      Files.writeString(tmp, json + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, root.resolve(REINDEX_REPORT), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      Files.deleteIfExists(root.resolve(REINDEX_REQUEST));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
