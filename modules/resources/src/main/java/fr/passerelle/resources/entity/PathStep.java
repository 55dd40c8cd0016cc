package fr.passerelle.resources.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;

/** One step of a methodology path: a short text and the resources to read, in order. */
@Embeddable
public class PathStep {

    @Column(name = "step_number", nullable = false)
    private int number;

    @Column(nullable = false)
    private String title;

    @Column(name = "step_text", nullable = false)
    private String text;

    @Column(name = "resource_slugs", nullable = false)
    private String resourceSlugs;

    protected PathStep() {
    }

    public PathStep(int number, String title, String text, List<String> resourceSlugs) {
        this.number = number;
        this.title = title;
        this.text = text;
        this.resourceSlugs = String.join(",", resourceSlugs);
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public List<String> getResourceSlugs() {
        return resourceSlugs.isEmpty() ? List.of() : Arrays.asList(resourceSlugs.split(","));
    }
}
