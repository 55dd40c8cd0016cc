package fr.passerelle.events.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The record that a registrant's reminder was queued: at most one per registration. */
@Entity
@Table(name = "events_reminder")
public class EventReminder {

    @Id
    @Column(name = "registration_id")
    private Long registrationId;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    protected EventReminder() {
    }

    public EventReminder(long registrationId, OffsetDateTime sentAt) {
        this.registrationId = registrationId;
        this.sentAt = sentAt;
    }
}
