package fr.passerelle.territories.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a copied initiative comes from: the source's address, title, territory and licence at the time
 * of the copy, so the credit stays right even if the source changes or disappears.
 */
@Embeddable
public class Attribution {

    @Column(name = "copied_from_slug")
    private String slug;

    @Column(name = "copied_from_title")
    private String title;

    @Column(name = "copied_from_owner")
    private String owner;

    @Column(name = "copied_from_licence")
    private String licence;

    protected Attribution() {
    }

    public Attribution(String slug, String title, String owner, String licence) {
        this.slug = slug;
        this.title = title;
        this.owner = owner;
        this.licence = licence;
    }

    public String getSlug() {
        return slug;
    }

    public String getPath() {
        return "/initiatives/" + slug;
    }

    public String getTitle() {
        return title;
    }

    public String getOwner() {
        return owner;
    }

    public fr.passerelle.kernel.vocabulary.Licence getLicence() {
        return fr.passerelle.kernel.vocabulary.Licence.fromId(licence).orElse(fr.passerelle.kernel.vocabulary.Licence.DEFAULT);
    }
}
