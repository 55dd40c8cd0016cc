package fr.passerelle.kernel.errors;

import fr.passerelle.kernel.web.View;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns any failure into the answer people and programs should get: problem+json under {@code /api},
 * a French error page elsewhere. Unexpected failures are logged with an id that the answer repeats,
 * and never show a stack trace.
 */
public final class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final String UNIQUE_VIOLATION = "23505";

    private ErrorResponses() {
    }

    public static Response toResponse(Throwable error, String path) {
        Problem problem = problemFor(error);
        problem.setInstance("/" + (path == null ? "" : path.replaceFirst("^/+", "")));
        Response.ResponseBuilder builder = Response.status(problem.getStatus());
        if (error instanceof NotAllowedException notAllowed) {
            builder.allow(notAllowed.getResponse().getAllowedMethods());
        }
        if (error instanceof NotAuthorizedException unauthorized) {
            Object challenge = unauthorized.getResponse().getHeaderString("WWW-Authenticate");
            if (challenge != null) {
                builder.header("WWW-Authenticate", challenge);
            }
        }
        if (problem.getStatus() == 503) {
            builder.header("Retry-After", "60");
        }
        if (isApi(path)) {
            return builder.type(Problem.MEDIA_TYPE).entity(JSON.toJson(problem)).build();
        }
        View page = View.of("kernel/error.vm", problem.getTitle())
                .with("status", problem.getStatus())
                .with("problemTitle", problem.getTitle())
                .with("detail", problem.getDetail())
                .with("errorId", problem.getErrorId())
                .with("errors", problem.getErrors() == null ? List.of() : problem.getErrors());
        return builder.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    static boolean isApi(String path) {
        String p = path == null ? "" : path.replaceFirst("^/+", "");
        return p.equals("api") || p.startsWith("api/");
    }

    /** The status an error answers with, for a page that shows the refusal itself instead of throwing it. */
    public static int statusOf(Throwable error) {
        return problemFor(error).getStatus();
    }

    static Problem problemFor(Throwable error) {
        BodyTooLarge tooLarge = find(error, BodyTooLarge.class);
        if (tooLarge != null || error instanceof BodySizeLimit.RequestTooLarge) {
            long limit = tooLarge != null ? tooLarge.limit() : ((BodySizeLimit.RequestTooLarge) error).limit();
            return new Problem(413, "Requête trop volumineuse",
                    "Le corps de la requête dépasse la taille maximale acceptée (" + (limit / 1024) + " Kio).");
        }
        Unavailable unavailable = find(error, Unavailable.class);
        if (unavailable != null) {
            return new Problem(503, unavailable.title(), unavailable.getMessage());
        }
        if (error instanceof InvalidInput invalid) {
            Problem p = new Problem(400, "Données invalides", describe(invalid.errors()));
            p.setErrors(invalid.errors());
            return p;
        }
        if (error instanceof ConstraintViolationException violations) {
            List<FieldError> errors = fieldErrors(violations);
            Problem p = new Problem(400, "Données invalides", describe(errors));
            p.setErrors(errors);
            return p;
        }
        if (error instanceof Conflict) {
            return new Problem(409, "Conflit", error.getMessage());
        }
        if (isUniqueViolation(error)) {
            // Use cases check uniqueness first; this is the request that lost a race with another one between that
            // check and its insert, which the database's unique constraint refused. Nothing was stored.
            LOG.log(Level.FINE, "Contrainte d'unicité refusée", error);
            return new Problem(409, "Conflit", "Un autre enregistrement porte déjà cet identifiant ou cette valeur, "
                    + "sans doute enregistré au même moment : rechargez la page et vérifiez avant de réessayer.");
        }
        if (find(error, JsonParsingException.class) != null || find(error, JsonbException.class) != null) {
            return new Problem(400, "JSON invalide", "Le corps de la requête n'est pas un JSON valide, "
                    + "ou un champ n'a pas le type attendu (texte, nombre, liste…).");
        }
        if (isJerseyParamError(error)) {
            return new Problem(400, "Paramètre invalide", "Un paramètre de l'adresse n'a pas le format attendu.");
        }
        if (error instanceof NotFoundException) {
            return new Problem(404, "Page introuvable", frenchOr(error,
                    "L'adresse demandée ne correspond à aucune page ni à aucun élément de Passerelle."));
        }
        if (error instanceof NotAllowedException) {
            return new Problem(405, "Méthode non autorisée", "Cette adresse n'accepte pas cette méthode HTTP.");
        }
        if (error instanceof NotSupportedException) {
            return new Problem(415, "Type de contenu non pris en charge",
                    "Le corps de la requête doit être envoyé dans un format accepté par cette adresse "
                            + "(application/json pour l'API).");
        }
        if (error instanceof NotAcceptableException) {
            return new Problem(406, "Format non disponible", "Cette adresse ne sait pas répondre dans le format demandé.");
        }
        if (error instanceof NotAuthorizedException) {
            return new Problem(401, "Authentification requise", frenchOr(error, "Connectez-vous pour effectuer cette action."));
        }
        if (error instanceof ForbiddenException) {
            return new Problem(403, "Accès refusé", frenchOr(error, "Vous n'avez pas les droits nécessaires pour cette action."));
        }
        if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return new Problem(status, "Requête refusée", frenchOr(error, status == 400
                    ? "La requête est mal formée : vérifiez que le corps n'est pas vide et que les paramètres ont le format attendu."
                    : "La requête n'a pas pu être traitée (" + status + ")."));
        }
        String id = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Erreur inattendue " + id, error);
        Problem p = new Problem(500, "Erreur interne",
                "Une erreur inattendue s'est produite. Elle a été enregistrée sous la référence " + id + ".");
        p.setErrorId(id);
        return p;
    }

    private static String frenchOr(Throwable error, String fallback) {
        String message = error.getMessage();
        // JAX-RS fills in English reason phrases ("HTTP 404 Not Found"); ours are French sentences.
        return message == null || message.startsWith("HTTP ") ? fallback : message;
    }

    private static boolean isJerseyParamError(Throwable error) {
        for (Class<?> c = error.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getName().equals("org.glassfish.jersey.server.ParamException")) {
                return true;
            }
        }
        return false;
    }

    private static List<FieldError> fieldErrors(ConstraintViolationException violations) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : violations.getConstraintViolations()) {
            String field = null;
            for (Path.Node node : v.getPropertyPath()) {
                if (node.getKind() == jakarta.validation.ElementKind.PROPERTY || node.getName() != null) {
                    field = node.getName();
                }
            }
            errors.add(new FieldError(field == null ? "corps" : field, v.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::getField));
        return errors;
    }

    private static String describe(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return "La requête contient des données invalides.";
        }
        StringBuilder sb = new StringBuilder("Corrigez les champs suivants : ");
        for (int i = 0; i < errors.size(); i++) {
            FieldError e = errors.get(i);
            sb.append(i == 0 ? "" : " ; ").append(e.getField()).append(" (").append(e.getMessage()).append(')');
        }
        return sb.append('.').toString();
    }

    /** SQLSTATE 23505 (unique_violation), which H2 and PostgreSQL both report, anywhere in the causes. */
    static boolean isUniqueViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            for (SQLException sql = t instanceof SQLException s ? s : null; sql != null; sql = sql.getNextException()) {
                if (UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
