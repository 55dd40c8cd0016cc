package fr.passerelle.territories.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An organisation that took part in an initiative, with what it did. */
@Embeddable
public class Partner {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String role;

    protected Partner() {
    }

    public Partner(String name, String role) {
        this.name = name;
        this.role = role;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    @Override
    public String toString() {
        return name + " : " + role;
    }
}
