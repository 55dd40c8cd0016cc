package fr.passerelle.governance;

import fr.passerelle.kernel.content.ContentImport;
import fr.passerelle.kernel.content.ContentImporter;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Test-only (GovernanceIT's deployment): runs the content import again, as a restart would, and says what it did. */
@Path("api/test-probe/governance-import")
@Produces(MediaType.APPLICATION_JSON)
public class GovernanceImportProbe {

    @Inject
    ContentImport contentImport;

    @POST
    public Map<String, Integer> reimport() {
        ContentImport.Summary s = contentImport.importAll().get("governance");
        return Map.of("created", s.get(ContentImporter.Outcome.CREATED), "updated", s.get(ContentImporter.Outcome.UPDATED),
                "unchanged", s.get(ContentImporter.Outcome.UNCHANGED), "skipped", s.skipped());
    }
}
