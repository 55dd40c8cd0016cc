package fr.passerelle.territories.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A territory editor who wrote for a territory: its editorial team as the platform saw it at work. */
@Embeddable
public class EditorSeen {

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String name;

    @Column(name = "last_write_at", nullable = false)
    private OffsetDateTime lastWriteAt;

    protected EditorSeen() {
    }

    public EditorSeen(String subject, String name, OffsetDateTime lastWriteAt) {
        this.subject = subject;
        this.name = name;
        this.lastWriteAt = lastWriteAt;
    }

    public String getSubject() {
        return subject;
    }

    public String getName() {
        return name;
    }

    public OffsetDateTime getLastWriteAt() {
        return lastWriteAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EditorSeen e && e.subject.equals(subject) && e.name.equals(name)
                && e.lastWriteAt.isEqual(lastWriteAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, name);
    }
}
