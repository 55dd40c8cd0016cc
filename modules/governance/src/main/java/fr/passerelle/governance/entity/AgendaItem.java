package fr.passerelle.governance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One item of a meeting's agenda. */
@Entity
@Table(name = "governance_agenda_item")
public class AgendaItem {

    /** The item the platform adds to every planned agenda: the follow-up of open and late actions. */
    public static final String FOLLOW_UP = "suivi";
    public static final String POINT = "point";
    public static final String FOLLOW_UP_TITLE = "Suivi des actions";

    @Id
    @SequenceGenerator(name = "governance_agenda_seq", sequenceName = "governance_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_agenda_seq")
    private Long id;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String presenter;

    @Column(nullable = false)
    private String outcome;

    @Column(nullable = false)
    private String kind;

    /** For the follow-up item of a held meeting: the actions as they stood, frozen when it was held. */
    @Column(nullable = false)
    private String notes;

    protected AgendaItem() {
    }

    public AgendaItem(long meetingId, int position, String title, String presenter, Outcome outcome, String kind) {
        this.meetingId = meetingId;
        this.position = position;
        this.title = title;
        this.presenter = presenter;
        this.outcome = outcome.code();
        this.kind = kind;
        this.notes = "";
    }

    public void freeze(String notes) {
        this.notes = notes;
    }

    public Long getId() {
        return id;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getPresenter() {
        return presenter;
    }

    public Outcome getOutcome() {
        return Outcome.fromCode(outcome).orElse(Outcome.INFORMATION);
    }

    public boolean isFollowUp() {
        return FOLLOW_UP.equals(kind);
    }

    public String getKind() {
        return kind;
    }

    public String getNotes() {
        return notes;
    }
}
