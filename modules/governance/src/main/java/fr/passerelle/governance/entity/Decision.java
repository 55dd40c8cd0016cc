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

/** A decision of the register: taken on an agenda item, numbered per body and year ({@code INP-2026-07}). */
@Entity
@Table(name = "governance_decision")
public class Decision {

    @Id
    @SequenceGenerator(name = "governance_decision_seq", sequenceName = "governance_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_decision_seq")
    private Long id;

    @Column(name = "body_id", nullable = false)
    private Long bodyId;

    @Column(name = "meeting_id", nullable = false)
    private Long meetingId;

    @Column(name = "agenda_item_id", nullable = false)
    private Long agendaItemId;

    @Column(name = "decision_year", nullable = false)
    private int year;

    @Column(nullable = false)
    private int seq;

    @Column(nullable = false)
    private String number;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String text;

    @Column(nullable = false)
    private String adoption;

    @Column(name = "votes_for")
    private Integer votesFor;

    @Column(name = "votes_against")
    private Integer votesAgainst;

    private Integer abstentions;

    @Column(nullable = false)
    private String visibility;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    /** Set for imported decisions, so that the import finds them again. */
    @Column(name = "source_key")
    private String sourceKey;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Decision() {
    }

    public Decision(long bodyId, long meetingId, long agendaItemId, int year, int seq, String number, LocalDate decidedOn,
                    OffsetDateTime now) {
        this.bodyId = bodyId;
        this.meetingId = meetingId;
        this.agendaItemId = agendaItemId;
        this.year = year;
        this.seq = seq;
        this.number = number;
        this.decidedOn = decidedOn;
        this.createdAt = now;
    }

    public void describe(String title, String text, Adoption adoption, Integer votesFor, Integer votesAgainst,
                         Integer abstentions, Readership visibility) {
        this.title = title;
        this.text = text;
        this.adoption = adoption.code();
        this.votesFor = adoption == Adoption.VOTE ? votesFor : null;
        this.votesAgainst = adoption == Adoption.VOTE ? votesAgainst : null;
        this.abstentions = adoption == Adoption.VOTE ? abstentions : null;
        this.visibility = visibility.code();
    }

    public void setSourceKey(String sourceKey) {
        this.sourceKey = sourceKey;
    }

    public Long getId() {
        return id;
    }

    public Long getBodyId() {
        return bodyId;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public int getYear() {
        return year;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public Adoption getAdoption() {
        return Adoption.fromCode(adoption).orElse(Adoption.CONSENSUS);
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    public Readership getVisibility() {
        return Readership.fromCode(visibility).orElse(Readership.MEMBERS);
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public String getSourceKey() {
        return sourceKey;
    }

    /** "Adoptée par consensus", "Adoptée par vote : 12 pour, 1 contre, 2 abstentions". */
    public String getOutcomeLabel() {
        if (getAdoption() == Adoption.CONSENSUS) {
            return "Adoptée par consensus";
        }
        return "Adoptée par vote : " + n(votesFor) + " pour, " + n(votesAgainst) + " contre, " + n(abstentions)
                + " abstention(s)";
    }

    private static int n(Integer value) {
        return value == null ? 0 : value;
    }
}
