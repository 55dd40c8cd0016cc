package fr.passerelle.territories.boundary;

import fr.passerelle.kernel.errors.Conflict;
import fr.passerelle.kernel.errors.FieldError;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.web.View;
import fr.passerelle.territories.control.InitiativeDraft;
import fr.passerelle.territories.entity.Initiative;
import fr.passerelle.territories.entity.Territory;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The initiative form page, new or edit. A refused submission shows the form again, as typed, with the
 * errors in French (400, or 409 for a slug already taken); nothing is stored. A saved one goes to the
 * initiative's page (303).
 */
final class InitiativeFormView {

    private InitiativeFormView() {
    }

    static Response submit(MultivaluedMap<String, String> form, Function<InitiativeDraft, Initiative> action,
                           Territory territory, Initiative initiative) {
        InvalidInput.Collector parsing = new InvalidInput.Collector();
        InitiativeDraft draft = InitiativeForm.draft(form, parsing);
        try {
            parsing.throwIfAny();
            Initiative saved = action.apply(draft);
            return Response.seeOther(URI.create(saved.getPath())).build();
        } catch (InvalidInput e) {
            return page(territory, initiative, InitiativeForm.of(form), e.errors(), 400);
        } catch (Conflict e) {
            return page(territory, initiative, InitiativeForm.of(form), List.of(new FieldError("slug", e.getMessage())), 409);
        }
    }

    static Response page(Territory territory, Initiative initiative, Map<String, Object> values,
                         List<FieldError> errors, int status) {
        boolean creating = initiative == null;
        String title = creating ? "Nouvelle initiative — " + territory.getName() : "Modifier « " + initiative.getTitle() + " »";
        View view = View.of("territories/form.vm", errors.isEmpty() ? title : "Erreur — " + title)
                .with("heading", title)
                .with("creating", creating)
                .with("territoryName", territory.getName())
                .with("territoryPath", territory.getPath())
                .with("action", creating ? territory.getPath() + "/initiatives/nouvelle" : initiative.getPath() + "/modifier")
                .with("cancel", creating ? territory.getPath() : initiative.getPath())
                .with("published", !creating && initiative.isPublished())
                .with("form", values)
                .with("choices", InitiativeForm.choices())
                .with("errors", InitiativeForm.errors(errors));
        return Response.status(status).entity(view).header("Cache-Control", "no-store").build();
    }
}
