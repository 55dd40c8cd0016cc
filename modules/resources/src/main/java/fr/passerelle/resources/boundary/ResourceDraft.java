package fr.passerelle.resources.boundary;

import fr.passerelle.resources.control.ResourceInput;
import java.util.List;

/** The JSON a client sends to propose a resource; checked by {@link fr.passerelle.resources.control.ResourceDescription}. */
public class ResourceDraft {

    private String slug;
    private String title;
    private String summary;
    private String body;
    private String type;
    private String licence;
    private List<String> themes;
    private List<String> audiences;
    private String level;
    private String producer;
    private String producerUrl;
    private String externalUrl;
    private String status;

    /** The raw values, for the checks of the control layer. */
    public ResourceInput toInput() {
        return new ResourceInput(title, summary, body, type, licence, themes, audiences, level, producer, producerUrl,
                externalUrl);
    }

    /** Code of {@link fr.passerelle.resources.entity.TerritorialLevel}, or null. */
    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        this.level = level;
    }

    /** The organisation that made the resource. */
    public String getProducer() {
        return producer;
    }

    public void setProducer(String producer) {
        this.producer = producer;
    }

    public String getProducerUrl() {
        return producerUrl;
    }

    public void setProducerUrl(String producerUrl) {
        this.producerUrl = producerUrl;
    }

    public String getExternalUrl() {
        return externalUrl;
    }

    public void setExternalUrl(String externalUrl) {
        this.externalUrl = externalUrl;
    }

    /** {@code proposed} (default) or, for editors creating a resource, {@code published}. */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getLicence() {
        return licence;
    }

    public void setLicence(String licence) {
        this.licence = licence;
    }

    /** Codes of {@link fr.passerelle.kernel.vocabulary.Theme}. */
    public List<String> getThemes() {
        return themes;
    }

    public void setThemes(List<String> themes) {
        this.themes = themes;
    }

    /** Codes of {@link fr.passerelle.kernel.vocabulary.Audience}. */
    public List<String> getAudiences() {
        return audiences;
    }

    public void setAudiences(List<String> audiences) {
        this.audiences = audiences;
    }
}
