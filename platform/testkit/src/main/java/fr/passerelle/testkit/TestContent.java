package fr.passerelle.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * A copy of the repository's {@code content/} for the deployed application to import, made fresh at
 * the start of each integration-test run, so that tests may add or change files without touching the
 * real seed content.
 */
public class TestContent implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (System.getProperty("passerelle.it.content") != null && System.getProperty("passerelle.root") != null) {
            copyFresh();
        }
    }

    public static Path dir() {
        String dir = System.getProperty("passerelle.it.content");
        if (dir == null) {
            throw new IllegalStateException("system property passerelle.it.content is not set (see the root pom)");
        }
        return Path.of(dir);
    }

    static void copyFresh() {
        Path source = Path.of(System.getProperty("passerelle.root"), "content");
        Path target = dir();
        try {
            if (Files.exists(target)) {
                try (Stream<Path> walk = Files.walk(target)) {
                    walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            try (Stream<Path> walk = Files.walk(source)) {
                for (Path p : (Iterable<Path>) walk::iterator) {
                    Path to = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
