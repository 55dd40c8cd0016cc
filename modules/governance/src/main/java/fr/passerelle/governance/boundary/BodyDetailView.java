package fr.passerelle.governance.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A body with its composition and meetings ({@code GET /api/governance/bodies/{slug}}). */
@JsonbPropertyOrder({"body", "members", "meetings", "secretariat"})
public record BodyDetailView(BodyView body, List<MemberView> members, List<MeetingSummaryView> meetings,
                             boolean secretariat) {
}
