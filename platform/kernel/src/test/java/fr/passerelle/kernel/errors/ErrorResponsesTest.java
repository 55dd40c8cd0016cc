package fr.passerelle.kernel.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.passerelle.kernel.web.View;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

class ErrorResponsesTest {

    @Test
    void apiGetsProblemJsonWithFields() {
        Response r = ErrorResponses.toResponse(InvalidInput.of("title", "est obligatoire"), "api/resources");
        assertEquals(400, r.getStatus());
        assertEquals(Problem.MEDIA_TYPE, r.getMediaType().toString());
        String json = (String) r.getEntity();
        assertTrue(json.contains("\"title\":\"Données invalides\""), json);
        assertTrue(json.contains("\"field\":\"title\""), json);
        assertTrue(json.contains("\"instance\":\"/api/resources\""), json);
    }

    @Test
    void pagesGetTheFrenchErrorView() {
        Response r = ErrorResponses.toResponse(new NotFoundException(), "ressources/inconnue");
        assertEquals(404, r.getStatus());
        View view = (View) r.getEntity();
        assertEquals("kernel/error.vm", view.template());
        assertEquals("Page introuvable", view.title());
    }

    @Test
    void wrappedJsonAndSizeErrorsAreFound() {
        assertEquals(400, ErrorResponses.problemFor(new ProcessingException("x", new JsonbException("bad"))).getStatus());
        assertEquals(413, ErrorResponses.problemFor(new ProcessingException("x", new JsonbException("y",
                new BodyTooLarge(1024)))).getStatus());
        assertEquals(415, ErrorResponses.problemFor(new NotSupportedException()).getStatus());
        assertEquals(409, ErrorResponses.problemFor(new Conflict("pris")).getStatus());
        assertEquals(409, ErrorResponses.statusOf(new Conflict("pris")));
        assertEquals(404, ErrorResponses.statusOf(new NotFoundException()));
    }

    @Test
    void aUniqueConstraintThatRefusedAConcurrentInsertIsAConflict() {
        // What EclipseLink throws at flush when two requests inserted the same slug at once (H2 and PostgreSQL: 23505).
        RuntimeException lostRace = new jakarta.persistence.PersistenceException("flush",
                new RuntimeException("internal", new java.sql.SQLIntegrityConstraintViolationException("dup", "23505")));
        Problem p = ErrorResponses.problemFor(lostRace);
        assertEquals(409, p.getStatus());
        assertNull(p.getErrorId());
        assertFalse(p.getDetail().contains("dup"), "no database message: " + p.getDetail());
        java.sql.SQLException batch = new java.sql.SQLException("batch", "42000");
        batch.setNextException(new java.sql.SQLException("dup", "23505"));
        assertEquals(409, ErrorResponses.problemFor(new RuntimeException(batch)).getStatus(), "chained SQL exceptions");
        assertEquals(500, ErrorResponses.problemFor(new RuntimeException(new java.sql.SQLException("fk", "23503")))
                .getStatus(), "other constraint failures stay unexpected");
    }

    @Test
    void unexpectedErrorsGetAnIdAndNoStackTrace() {
        Problem p = ErrorResponses.problemFor(new IllegalStateException("secret internal detail"));
        assertEquals(500, p.getStatus());
        assertNotNull(p.getErrorId());
        assertTrue(p.getDetail().contains(p.getErrorId()));
        assertFalse(p.getDetail().contains("secret"));
    }

    @Test
    void englishReasonPhrasesAreReplaced() {
        assertFalse(ErrorResponses.problemFor(new NotFoundException()).getDetail().contains("HTTP"));
        assertEquals("Rien ici.", ErrorResponses.problemFor(new NotFoundException("Rien ici.")).getDetail());
    }
}
