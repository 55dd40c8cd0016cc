package fr.passerelle.governance.boundary;

import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.College;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/** A body as lists show it. */
@JsonbPropertyOrder({"slug", "name", "acronym", "purpose", "defaultVisibility", "colleges", "memberCount", "url"})
public record BodyView(String slug, String name, String acronym, String purpose, String defaultVisibility,
                       List<CollegeView> colleges, int memberCount, String url) {

    public record CollegeView(long id, String code, String label) {
        static CollegeView of(College c) {
            return new CollegeView(c.getId(), c.getCode(), c.getLabel());
        }
    }

    public static BodyView of(Body b, List<College> colleges, int memberCount) {
        return new BodyView(b.getSlug(), b.getName(), b.getAcronym(), b.getPurpose(), b.getDefaultVisibility().code(),
                colleges.stream().map(CollegeView::of).toList(), memberCount, b.getPath());
    }
}
