package fr.passerelle.governance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A reminder sent about an action, written in the transaction that queues its e-mail: the primary key
 * (action, kind, due date) makes a second one impossible, restart or not; a postponed action may get new ones.
 */
@Entity
@Table(name = "governance_reminder")
@IdClass(Reminder.Key.class)
public class Reminder {

    public static final String BEFORE_DUE = "echeance";
    public static final String LATE = "retard";

    @Id
    @Column(name = "action_id")
    private Long actionId;

    @Id
    @Column(name = "kind")
    private String kind;

    @Id
    @Column(name = "due_date")
    private LocalDate dueDate;

    @Column(name = "sent_at", nullable = false)
    private OffsetDateTime sentAt;

    @Column(name = "mail_id", nullable = false)
    private long mailId;

    protected Reminder() {
    }

    public Reminder(long actionId, String kind, LocalDate dueDate, OffsetDateTime sentAt, long mailId) {
        this.actionId = actionId;
        this.kind = kind;
        this.dueDate = dueDate;
        this.sentAt = sentAt;
        this.mailId = mailId;
    }

    public Long getActionId() {
        return actionId;
    }

    public String getKind() {
        return kind;
    }

    /** Composite key (action, kind, due date). */
    public static class Key implements Serializable {
        private Long actionId;
        private String kind;
        private LocalDate dueDate;

        public Key() {
        }

        public Key(Long actionId, String kind, LocalDate dueDate) {
            this.actionId = actionId;
            this.kind = kind;
            this.dueDate = dueDate;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(actionId, k.actionId) && Objects.equals(kind, k.kind)
                    && Objects.equals(dueDate, k.dueDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(actionId, kind, dueDate);
        }
    }
}
