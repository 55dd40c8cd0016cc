package fr.passerelle.governance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * A seat in a body: a person known by their Keycloak username, or invited by e-mail until they sign in
 * with an account carrying that (verified) address. Keycloak subjects are random per realm import, so
 * people are never referred to by subject here.
 */
@Entity
@Table(name = "governance_member")
public class Member {

    @Id
    @SequenceGenerator(name = "governance_member_seq", sequenceName = "governance_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_member_seq")
    private Long id;

    @Column(name = "body_id", nullable = false)
    private Long bodyId;

    private String username;

    private String email;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String organisation;

    @Column(name = "college_id", nullable = false)
    private Long collegeId;

    @Column(nullable = false)
    private String role;

    @Column(name = "mandate_start", nullable = false)
    private LocalDate mandateStart;

    @Column(name = "mandate_end")
    private LocalDate mandateEnd;

    @Column(nullable = false)
    private boolean illustrative;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Member() {
    }

    public Member(long bodyId, String username, String email, OffsetDateTime now) {
        this.bodyId = bodyId;
        this.username = username == null ? null : username.toLowerCase(Locale.ROOT);
        this.email = email == null ? null : email.toLowerCase(Locale.ROOT);
        this.createdAt = now;
    }

    public void describe(String name, String organisation, long collegeId, MemberRole role, LocalDate mandateStart,
                         LocalDate mandateEnd, boolean illustrative) {
        this.name = name;
        this.organisation = organisation;
        this.collegeId = collegeId;
        this.role = role.code();
        this.mandateStart = mandateStart;
        this.mandateEnd = mandateEnd;
        this.illustrative = illustrative;
    }

    /** Whether the mandate covers {@code day}: only sitting members read the body's reserved documents. */
    public boolean sitsOn(LocalDate day) {
        return !day.isBefore(mandateStart) && (mandateEnd == null || !day.isAfter(mandateEnd));
    }

    public Long getId() {
        return id;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public String getUsername() {
        return username;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public Long getCollegeId() {
        return collegeId;
    }

    public MemberRole getRole() {
        return MemberRole.fromCode(role).orElse(MemberRole.MEMBRE);
    }

    public LocalDate getMandateStart() {
        return mandateStart;
    }

    public LocalDate getMandateEnd() {
        return mandateEnd;
    }

    public boolean isIllustrative() {
        return illustrative;
    }
}
