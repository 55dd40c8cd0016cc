package fr.passerelle.governance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The secret of a member's personal calendar feed; only its SHA-256 is kept, and revoked ones stay revoked. */
@Entity
@Table(name = "governance_calendar_token")
public class CalendarToken {

    @Id
    @SequenceGenerator(name = "governance_calendar_token_seq", sequenceName = "governance_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_calendar_token_seq")
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected CalendarToken() {
    }

    public CalendarToken(long memberId, String tokenHash, OffsetDateTime now) {
        this.memberId = memberId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    public void revoke(OffsetDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean isActive() {
        return revokedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getMemberId() {
        return memberId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
