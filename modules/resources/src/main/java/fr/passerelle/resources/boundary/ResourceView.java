package fr.passerelle.resources.boundary;

import fr.passerelle.kernel.attachments.StoredFile;
import fr.passerelle.resources.control.ReadingTime;
import fr.passerelle.resources.entity.Resource;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;

/** A resource as the API shows it. */
@JsonbPropertyOrder({"id", "slug", "title", "summary", "body", "type", "licence", "licenceName", "licenceUrl",
        "themes", "audiences", "level", "producer", "producerUrl", "externalUrl", "readingMinutes", "attachments",
        "status", "reviewComment", "url", "publishedAt", "updatedAt"})
public class ResourceView {

    private final Resource resource;
    private final List<FileView> attachments;

    public ResourceView(Resource resource) {
        this(resource, List.of());
    }

    public ResourceView(Resource resource, List<StoredFile> files) {
        this.resource = resource;
        this.attachments = files.stream().map(FileView::new).toList();
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

    /** Markdown source. */
    public String getBody() {
        return resource.getBody();
    }

    public String getType() {
        return resource.getType().code();
    }

    public String getLicence() {
        return resource.getLicence().id();
    }

    public String getLicenceName() {
        return resource.getLicence().label();
    }

    public String getLicenceUrl() {
        return resource.getLicence().url();
    }

    public List<TermView> getThemes() {
        return TermView.of(resource.getThemes());
    }

    public List<TermView> getAudiences() {
        return TermView.of(resource.getAudiences());
    }

    public TermView getLevel() {
        return resource.getTerritorialLevel().map(TermView::new).orElse(null);
    }

    public String getProducer() {
        return resource.getProducerName();
    }

    public String getProducerUrl() {
        return resource.getProducerUrl();
    }

    public String getExternalUrl() {
        return resource.getExternalUrl();
    }

    public int getReadingMinutes() {
        return ReadingTime.minutes(resource.getSummary(), resource.getBody());
    }

    public List<FileView> getAttachments() {
        return attachments;
    }

    public String getStatus() {
        return resource.getStatus();
    }

    /** The last reviewer's comment, for the proposer (null once published). */
    public String getReviewComment() {
        return resource.isPublished() ? null : resource.getReviewComment();
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

    /** An attached file: its download address, name, kind and size. */
    @JsonbPropertyOrder({"id", "filename", "kind", "size", "url"})
    public static final class FileView {
        private final StoredFile file;

        public FileView(StoredFile file) {
            this.file = file;
        }

        public long getId() {
            return file.id();
        }

        public String getFilename() {
            return file.filename();
        }

        public String getKind() {
            return file.kind().name();
        }

        public long getSize() {
            return file.size();
        }

        public String getUrl() {
            return file.url();
        }
    }
}
