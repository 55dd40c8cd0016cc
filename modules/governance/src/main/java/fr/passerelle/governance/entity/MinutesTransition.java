package fr.passerelle.governance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A step of the minutes workflow: from which status to which, who, when, and why. */
@Entity
@Table(name = "governance_minutes_transition")
public class MinutesTransition {

    @Id
    @SequenceGenerator(name = "governance_transition_seq", sequenceName = "governance_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_transition_seq")
    private Long id;

    @Column(name = "minutes_id", nullable = false)
    private Long minutesId;

    @Column(name = "from_status")
    private String fromStatus;

    @Column(name = "to_status", nullable = false)
    private String toStatus;

    @Column(nullable = false)
    private OffsetDateTime at;

    @Column(name = "actor_subject")
    private String actorSubject;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(nullable = false)
    private String note;

    protected MinutesTransition() {
    }

    public MinutesTransition(long minutesId, MinutesStatus from, MinutesStatus to, OffsetDateTime at, String actorSubject,
                             String actorName, String note) {
        this.minutesId = minutesId;
        this.fromStatus = from == null ? null : from.code();
        this.toStatus = to.code();
        this.at = at;
        this.actorSubject = actorSubject;
        this.actorName = actorName;
        this.note = note == null ? "" : note;
    }

    public Long getId() {
        return id;
    }

    public Long getMinutesId() {
        return minutesId;
    }

    public MinutesStatus getFrom() {
        return fromStatus == null ? null : MinutesStatus.fromCode(fromStatus).orElse(null);
    }

    public MinutesStatus getTo() {
        return MinutesStatus.fromCode(toStatus).orElseThrow();
    }

    public OffsetDateTime getAt() {
        return at;
    }

    public String getActorName() {
        return actorName;
    }

    public String getNote() {
        return note;
    }
}
