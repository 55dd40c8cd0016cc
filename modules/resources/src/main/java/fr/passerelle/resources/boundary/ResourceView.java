package fr.passerelle.resources.boundary;

import fr.passerelle.resources.entity.Resource;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;

/** A resource as the API shows it. */
@JsonbPropertyOrder({"id", "slug", "title", "summary", "type", "licence", "status", "url", "publishedAt", "updatedAt"})
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

    public String getStatus() {
        return resource.getStatus();
    }

    public String getUrl() {
        return "/ressources/" + resource.getSlug();
    }

    public OffsetDateTime getPublishedAt() {
        return resource.getPublishedAt();
    }

    public OffsetDateTime getUpdatedAt() {
        return resource.getUpdatedAt();
    }
}
