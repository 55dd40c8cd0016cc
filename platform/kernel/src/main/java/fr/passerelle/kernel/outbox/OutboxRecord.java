package fr.passerelle.kernel.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The row {@link Outbox#append} writes in the caller's transaction. */
@Entity
@Table(name = "kernel_outbox_event")
public class OutboxRecord {

    @Id
    @SequenceGenerator(name = "kernel_outbox_seq", sequenceName = "kernel_outbox_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kernel_outbox_seq")
    private Long id;

    @Column(nullable = false, length = 100)
    private String topic;

    @Column(nullable = false, length = 1_000_000)
    private String payload;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected OutboxRecord() {
    }

    OutboxRecord(String topic, String payload, OffsetDateTime createdAt) {
        this.topic = topic;
        this.payload = payload;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getTopic() {
        return topic;
    }
}
