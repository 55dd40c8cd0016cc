package fr.passerelle.resources.control;

import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.kernel.security.Caller;
import fr.passerelle.resources.entity.ReportReason;
import fr.passerelle.resources.entity.Resource;
import fr.passerelle.resources.entity.ResourceReport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;

/** "Signaler": a signed-in reader tells the editors what is wrong with a published resource; editors close reports. */
@ApplicationScoped
public class ReportResource {

    public static final int DETAILS_MAX = 2000;

    @Inject
    ResourceRepository resources;

    @Inject
    ReportRepository reports;

    @Inject
    ResourcePolicy policy;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    public ResourceReport report(String slug, String reason, String details) {
        policy.checkMayPropose();
        Resource r = resources.publishedBySlug(slug)
                .orElseThrow(() -> new NotFoundException(ResourcePolicy.NOT_FOUND));
        InvalidInput.Collector errors = new InvalidInput.Collector();
        ReportReason why = null;
        if (reason == null || reason.isBlank()) {
            errors.add("reason", "est obligatoire (valeurs possibles : " + ReportReason.codes() + ")");
        } else {
            why = ReportReason.fromCode(reason.strip()).orElse(null);
            if (why == null) {
                errors.add("reason", "est inconnue (valeurs possibles : " + ReportReason.codes() + ")");
            }
        }
        String text = TextFields.text(errors, "details", details, DETAILS_MAX);
        if (text.isEmpty()) {
            errors.add("details", "est obligatoire : décrivez le problème en quelques mots");
        }
        errors.throwIfAny();
        ResourceReport report = new ResourceReport(r.getId(), why, text, caller.subject(), caller.name(),
                OffsetDateTime.now(clock));
        reports.add(report);
        return report;
    }

    @Transactional
    public ResourceReport close(long reportId) {
        policy.checkMayReview();
        ResourceReport report = reports.byId(reportId)
                .orElseThrow(() -> new NotFoundException("Aucun signalement ne porte ce numéro."));
        report.close(caller.name(), OffsetDateTime.now(clock));
        return report;
    }
}
