package fr.passerelle.resources.boundary;

import fr.passerelle.resources.entity.Resource;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;

/** A resource as the API shows it. */
@JsonbPropertyOrder({"id", "slug", "title", "summary", "type", "licence", "themes", "audiences", "status", "url", "publishedAt", "updatedAt"})
public class ResourceView {

    private final Resource resource;

    public ResourceView(Resource resource) {
        this.resource = resource;
    }

    public long getId() {
        return resource.getId();
    }

    public String getSlug() {
        return resource.getSlug();
    }

    public String getTitle() {
        return resource.getTitle();
    }

    public String getSummary() {
        return resource.getSummary();
    }

    public String getType() {
        return resource.getType().code();
    }

    public String getLicence() {
        return resource.getLicence().id();
    }

    public List<TermView> getThemes() {
        return TermView.of(resource.getThemes());
    }

    public List<TermView> getAudiences() {
        return TermView.of(resource.getAudiences());
    }

    public String getStatus() {
        return resource.getStatus();
    }

    public String getUrl() {
        return resource.getPath();
    }

    public OffsetDateTime getPublishedAt() {
        return resource.getPublishedAt();
    }

    public OffsetDateTime getUpdatedAt() {
        return resource.getUpdatedAt();
    }
}
