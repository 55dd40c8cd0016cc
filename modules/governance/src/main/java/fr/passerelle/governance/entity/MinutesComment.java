package fr.passerelle.governance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A review comment on minutes, on one line (numbered from 1) or on the whole; or an answer to one. */
@Entity
@Table(name = "governance_minutes_comment")
public class MinutesComment {

    @Id
    @SequenceGenerator(name = "governance_comment_seq", sequenceName = "governance_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "governance_comment_seq")
    private Long id;

    @Column(name = "minutes_id", nullable = false)
    private Long minutesId;

    private Integer line;

    @Column(name = "reply_to")
    private Long replyTo;

    @Column(name = "author_subject")
    private String authorSubject;

    @Column(name = "author_name", nullable = false)
    private String authorName;

    @Column(nullable = false)
    private String text;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected MinutesComment() {
    }

    public MinutesComment(long minutesId, Integer line, Long replyTo, String authorSubject, String authorName, String text,
                          OffsetDateTime now) {
        this.minutesId = minutesId;
        this.line = line;
        this.replyTo = replyTo;
        this.authorSubject = authorSubject;
        this.authorName = authorName;
        this.text = text;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getMinutesId() {
        return minutesId;
    }

    public Integer getLine() {
        return line;
    }

    public Long getReplyTo() {
        return replyTo;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getText() {
        return text;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
