package fr.passerelle.territories.control;

import java.math.BigDecimal;
import java.util.List;

/** What a client sends to register a territory (API, content file); checked by {@link TerritoryDescription}. */
public class TerritoryDraft {

    private String slug;
    private String name;
    private String kind;
    private String code;
    private List<String> departements;
    private Long population;
    private BigDecimal latitude;
    private BigDecimal longitude;
    private String presentation;
    private List<ContactDraft> contacts;

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** A code of {@link fr.passerelle.territories.entity.TerritoryKind}. */
    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    /** INSEE code (commune, département, région) or SIREN (EPCI); none for a grouping. */
    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    /** For a grouping only: the INSEE codes of its 2 to 5 départements. */
    public List<String> getDepartements() {
        return departements;
    }

    public void setDepartements(List<String> departements) {
        this.departements = departements;
    }

    public Long getPopulation() {
        return population;
    }

    public void setPopulation(Long population) {
        this.population = population;
    }

    public BigDecimal getLatitude() {
        return latitude;
    }

    public void setLatitude(BigDecimal latitude) {
        this.latitude = latitude;
    }

    public BigDecimal getLongitude() {
        return longitude;
    }

    public void setLongitude(BigDecimal longitude) {
        this.longitude = longitude;
    }

    public String getPresentation() {
        return presentation;
    }

    public void setPresentation(String presentation) {
        this.presentation = presentation;
    }

    public List<ContactDraft> getContacts() {
        return contacts;
    }

    public void setContacts(List<ContactDraft> contacts) {
        this.contacts = contacts;
    }

    /** A contact person of the territory. */
    public static class ContactDraft {
        private String name;
        private String role;
        private String email;
        private String phone;

        public ContactDraft() {
        }

        public ContactDraft(String name, String role, String email, String phone) {
            this.name = name;
            this.role = role;
            this.email = email;
            this.phone = phone;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }
    }
}
