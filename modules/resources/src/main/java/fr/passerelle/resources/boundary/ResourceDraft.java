package fr.passerelle.resources.boundary;

import java.util.List;

/** The JSON a client sends to propose a resource; checked by {@link fr.passerelle.resources.control.ProposeResource}. */
public class ResourceDraft {

    private String slug;
    private String title;
    private String summary;
    private String body;
    private String type;
    private String licence;
    private List<String> themes;
    private List<String> audiences;

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
