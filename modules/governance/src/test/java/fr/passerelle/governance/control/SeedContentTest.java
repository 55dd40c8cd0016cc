package fr.passerelle.governance.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.governance.entity.ActionStatus;
import fr.passerelle.kernel.content.ContentFile;
import fr.passerelle.kernel.content.FrontMatter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The repository's {@code content/governance/} files parse and hold what the issue asks for. */
class SeedContentTest {

    private static final Path DIR = Path.of("../../content/governance");

    @Test
    void theSeedHasABodyOfAboutTwentyMembersThreePastMeetingsEightDecisionsAndFifteenActions() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(DIR)) {
            files = listing.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
        int members = 0;
        int heldMeetings = 0;
        int decisions = 0;
        int actions = 0;
        Set<String> statuses = new HashSet<>();
        for (Path file : files) {
            ContentFile parsed = FrontMatter.parse(file.getFileName().toString(), Files.readString(file));
            parsed.slug();
            ContentValues root = ContentValues.of(parsed.fields(), parsed.name(), 1);
            switch (parsed.text("type")) {
                case "body" -> members += root.list("members").size();
                case "meeting" -> {
                    heldMeetings += "tenue".equals(parsed.optionalText("status")) ? 1 : 0;
                    decisions += root.list("decisions").size();
                }
                case "actions" -> {
                    for (ContentValues a : root.list("actions")) {
                        actions++;
                        String status = ActionStatus.A_FAIRE.code();
                        for (ContentValues u : a.list("updates")) {
                            status = u.text("status") == null ? status : u.text("status");
                        }
                        statuses.add(status);
                    }
                }
                default -> throw new AssertionError(file + ": unknown type");
            }
            assertTrue(parsed.body().toLowerCase(java.util.Locale.ROOT).contains("illustrati")
                    || parsed.body().isEmpty(), file + " says it is illustrative");
        }
        assertTrue(members >= 18 && members <= 25, "members: " + members);
        assertEquals(3, heldMeetings);
        assertTrue(decisions >= 8, "decisions: " + decisions);
        assertTrue(actions >= 15, "actions: " + actions);
        assertEquals(Set.of("a-faire", "en-cours", "faite", "abandonnee"), statuses);
    }
}
