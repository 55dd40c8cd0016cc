package fr.passerelle.kernel.history;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The stored form of a {@link ChangeRecord}. */
@Entity
@Table(name = "kernel_change")
public class ChangeEntry {

    @Id
    @SequenceGenerator(name = "kernel_change_seq", sequenceName = "kernel_change_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kernel_change_seq")
    private Long id;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private String entityId;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "actor_subject")
    private String actorSubject;

    @Column(name = "actor_name", nullable = false)
    private String actorName;

    @Column(nullable = false)
    private String action;

    private String comment;

    @Column(nullable = false)
    private boolean flagged;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "kernel_change_field", joinColumns = @JoinColumn(name = "change_id"))
    @OrderColumn(name = "position")
    private List<ChangedField> fields = new ArrayList<>();

    protected ChangeEntry() {
    }

    ChangeEntry(String entityType, String entityId, OffsetDateTime at, Actor actor, String action, String comment,
                boolean flagged, List<FieldChange> changes) {
        this.entityType = entityType;
        this.entityId = entityId;
        this.changedAt = at;
        this.actorSubject = actor.subject();
        this.actorName = actor.name();
        this.action = action;
        this.comment = comment;
        this.flagged = flagged;
        changes.forEach(c -> fields.add(new ChangedField(c)));
    }

    ChangeRecord toRecord() {
        return new ChangeRecord(id, entityType, entityId, changedAt, actorSubject, actorName, action, comment, flagged,
                fields.stream().map(ChangedField::toChange).toList());
    }
}
