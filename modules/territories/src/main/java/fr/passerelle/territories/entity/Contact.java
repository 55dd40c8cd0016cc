package fr.passerelle.territories.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Someone to write to about a territory's work. */
@Embeddable
public class Contact {

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String role;

    @Column(nullable = false)
    private String email;

    @Column(nullable = false)
    private String phone;

    protected Contact() {
    }

    public Contact(String name, String role, String email, String phone) {
        this.name = name;
        this.role = role;
        this.email = email;
        this.phone = phone;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    @Override
    public String toString() {
        return name + " (" + role + ") " + email + (phone.isEmpty() ? "" : " " + phone);
    }
}
