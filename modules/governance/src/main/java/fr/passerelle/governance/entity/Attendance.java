package fr.passerelle.governance.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Whether one member attended one meeting, and who represented them. */
@Entity
@Table(name = "governance_attendance")
@IdClass(Attendance.Key.class)
public class Attendance {

    @Id
    @Column(name = "meeting_id")
    private Long meetingId;

    @Id
    @Column(name = "member_id")
    private Long memberId;

    @Column(nullable = false)
    private String status;

    @Column(name = "represented_by")
    private String representedBy;

    protected Attendance() {
    }

    public Attendance(long meetingId, long memberId) {
        this.meetingId = meetingId;
        this.memberId = memberId;
    }

    public void record(AttendanceStatus status, String representedBy) {
        this.status = status.code();
        this.representedBy = status == AttendanceStatus.REPRESENTE ? representedBy : null;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public AttendanceStatus getStatus() {
        return AttendanceStatus.fromCode(status).orElse(AttendanceStatus.ABSENT);
    }

    public String getRepresentedBy() {
        return representedBy;
    }

    /** Composite key (meeting, member). */
    public static class Key implements Serializable {
        private Long meetingId;
        private Long memberId;

        public Key() {
        }

        public Key(Long meetingId, Long memberId) {
            this.meetingId = meetingId;
            this.memberId = memberId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(meetingId, k.meetingId) && Objects.equals(memberId, k.memberId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(meetingId, memberId);
        }
    }
}
