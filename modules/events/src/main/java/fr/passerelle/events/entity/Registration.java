package fr.passerelle.events.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One person's registration to an event, with the sessions they asked for. Its status says whether it holds
 * seats (pending, confirmed) or not (waitlisted, cancelled, expired); the seat counters are changed by
 * {@code SeatLedger} in the same transaction as the status.
 */
@Entity
@Table(name = "events_registration")
public class Registration {

    @Id
    @SequenceGenerator(name = "events_registration_seq", sequenceName = "events_registration_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "events_registration_seq")
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private long eventId;

    @Column(name = "email_key", nullable = false)
    private String emailKey;

    @Column
    private String email;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String organisation;

    @Column(name = "structure_type", nullable = false)
    private String structureType;

    @Column(name = "commune_code")
    private String communeCode;

    @Column(nullable = false)
    private String accessibility;

    /** The token subject of a signed-in registrant; null for guests. */
    @Column
    private String subject;

    @Column(nullable = false)
    private String status;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Column(name = "checkin_code")
    private String checkinCode;

    @Column(name = "waitlist_position")
    private Long waitlistPosition;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at")
    private OffsetDateTime expiresAt;

    @Column(name = "confirmed_at")
    private OffsetDateTime confirmedAt;

    @Column(name = "cancelled_at")
    private OffsetDateTime cancelledAt;

    @Column(name = "anonymised_at")
    private OffsetDateTime anonymisedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "events_registration_session", joinColumns = @JoinColumn(name = "registration_id"))
    @Column(name = "session_id", nullable = false)
    private Set<Long> sessionIds = new HashSet<>();

    protected Registration() {
    }

    public Registration(long eventId, Registrant who, OffsetDateTime now) {
        this.eventId = eventId;
        this.createdAt = now;
        describe(who);
    }

    /** Also used when someone registers again after cancelling or letting a request expire. */
    public void describe(Registrant who) {
        this.emailKey = who.emailKey();
        this.email = who.email();
        this.name = who.name();
        this.organisation = who.organisation();
        this.structureType = who.structureType().code();
        this.communeCode = who.communeCode();
        this.accessibility = who.accessibility();
        this.subject = who.subject();
        this.emailVerified = who.subject() != null;
        this.cancelledAt = null;
    }

    public void assignCheckinCode(String checkinCode) {
        this.checkinCode = checkinCode;
    }

    public void chooseSessions(Collection<Long> ids) {
        Set<Long> wanted = new HashSet<>(ids);
        if (!sessionIds.equals(wanted)) {
            sessionIds.retainAll(wanted);
            sessionIds.addAll(wanted);
        }
    }

    /** Seats were taken: confirmed when the e-mail is known to be theirs, else pending until {@code expiresAt}. */
    public void holdSeats(OffsetDateTime now, OffsetDateTime pendingUntil) {
        waitlistPosition = null;
        if (emailVerified) {
            status = RegistrationStatus.CONFIRMED.code();
            confirmedAt = now;
            expiresAt = null;
        } else {
            status = RegistrationStatus.PENDING.code();
            expiresAt = pendingUntil;
        }
    }

    public void waitInLine(long position) {
        status = RegistrationStatus.WAITLISTED.code();
        waitlistPosition = position;
        expiresAt = null;
    }

    /** The registrant followed the link of an e-mail: the address is theirs. */
    public void verifyEmail(OffsetDateTime now) {
        emailVerified = true;
        if (getStatus() == RegistrationStatus.PENDING) {
            status = RegistrationStatus.CONFIRMED.code();
            confirmedAt = now;
            expiresAt = null;
        }
    }

    public void cancel(OffsetDateTime now) {
        status = RegistrationStatus.CANCELLED.code();
        cancelledAt = now;
        waitlistPosition = null;
        expiresAt = null;
    }

    public void expire() {
        status = RegistrationStatus.EXPIRED.code();
        expiresAt = null;
    }

    /** Erases what identifies the person; the status, structure type and sessions stay for the statistics. */
    public void anonymise(OffsetDateTime now) {
        emailKey = "anonyme-" + id;
        email = null;
        name = "";
        organisation = "";
        communeCode = null;
        accessibility = "";
        subject = null;
        checkinCode = null;
        anonymisedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getEventId() {
        return eventId;
    }

    public String getEmailKey() {
        return emailKey;
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

    public StructureType getStructureType() {
        return StructureType.fromCode(structureType).orElse(StructureType.AUTRE);
    }

    public String getCommuneCode() {
        return communeCode;
    }

    public String getAccessibility() {
        return accessibility;
    }

    public String getSubject() {
        return subject;
    }

    public RegistrationStatus getStatus() {
        return RegistrationStatus.fromCode(status);
    }

    public boolean isEmailVerified() {
        return emailVerified;
    }

    public String getCheckinCode() {
        return checkinCode;
    }

    public Long getWaitlistPosition() {
        return waitlistPosition;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public OffsetDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public OffsetDateTime getCancelledAt() {
        return cancelledAt;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public List<Long> getSessionIds() {
        return sessionIds.stream().sorted().toList();
    }
}
