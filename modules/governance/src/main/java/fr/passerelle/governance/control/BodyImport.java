package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Readership;
import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.content.ContentError;
import fr.passerelle.kernel.content.ContentFile;
import fr.passerelle.kernel.content.ContentImporter.Outcome;
import fr.passerelle.kernel.errors.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.regex.Pattern;

/**
 * A body file ({@code type: body}): the body, its colleges and its members, upserted; an unchanged file touches
 * nothing. Members added through the platform are kept; those of the file are updated.
 */
@ApplicationScoped
public class BodyImport {

    static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9]{1,11}");

    @Inject
    BodyRepository bodies;

    @Inject
    EditColleges colleges;

    @Inject
    SeatMember seating;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome importBody(ContentFile file, String hash) {
        String slug = file.slug();
        var existing = bodies.bySlug(slug);
        if (existing.isPresent() && hash.equals(existing.get().getSourceHash())) {
            return Outcome.UNCHANGED;
        }
        InvalidInput.Collector errors = new InvalidInput.Collector();
        String name = TextFields.line(errors, "name", file.optionalText("name"), 200);
        String acronym = file.optionalText("acronym");
        if (acronym == null || !ACRONYM.matcher(acronym).matches()) {
            errors.add("acronym", "doit être un sigle en majuscules (2 à 12 caractères), préfixe des numéros de décision");
        }
        String purpose = TextFields.text(errors, "purpose", file.body(), 20_000);
        Readership visibility = InputRules.term(errors, "visibility", file.optionalText("visibility"), Readership.class,
                Readership.MEMBERS);
        try {
            errors.throwIfAny();
        } catch (InvalidInput e) {
            String field = e.errors().get(0).getField();
            throw new ContentError(file.lineOf(field), "champ « " + field + " » " + e.errors().get(0).getMessage());
        }
        var now = ParisTime.now(clock);
        Body body = existing.orElseGet(() -> new Body(slug, now));
        body.describe(name, acronym, purpose, visibility, "true".equals(file.optionalText("illustrative")), now);
        body.setSourceHash(hash);
        if (existing.isEmpty()) {
            bodies.add(body);
        }
        ContentValues root = ContentValues.of(file.fields(), file.name(), file.lineOf("colleges"));
        colleges.replace(body, root.list("colleges").stream()
                .map(c -> new EditColleges.Entry(c.text("code"), c.required("label"))).toList());
        for (ContentValues m : ContentValues.of(file.fields(), file.name(), file.lineOf("members")).list("members")) {
            try {
                seating.seat(body, new MemberDraft(m.text("username"), m.text("email"), m.text("name"),
                        m.text("organisation"), m.text("college"), m.text("role"), m.text("from"), m.text("until")),
                        m.flag("illustrative"));
            } catch (InvalidInput e) {
                throw m.error(e.errors().get(0).getField() + " " + e.errors().get(0).getMessage());
            }
        }
        return existing.isEmpty() ? Outcome.CREATED : Outcome.UPDATED;
    }
}
