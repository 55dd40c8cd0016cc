package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Attendance;
import fr.passerelle.governance.entity.AttendanceStatus;
import fr.passerelle.governance.entity.Body;
import fr.passerelle.governance.entity.Meeting;
import fr.passerelle.governance.entity.Member;
import fr.passerelle.kernel.api.TextFields;
import fr.passerelle.kernel.errors.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** The secretariat records who attended: présent, excusé, représenté par…, absent. */
@ApplicationScoped
public class RecordAttendance {

    public static final int REPRESENTED_BY_MAX = 200;

    @Inject
    MeetingRepository meetings;

    @Inject
    MemberLookup lookup;

    @Transactional(Transactional.TxType.MANDATORY)
    public Attendance record(Body body, Meeting meeting, String member, String status, String representedBy) {
        InvalidInput.Collector errors = new InvalidInput.Collector();
        Member m = lookup.require(errors, "member", body, member);
        AttendanceStatus s = InputRules.term(errors, "status", status, AttendanceStatus.class, null);
        String by = null;
        if (s == AttendanceStatus.REPRESENTE) {
            by = TextFields.line(errors, "representedBy", representedBy, REPRESENTED_BY_MAX);
        }
        errors.throwIfAny();
        Attendance a = meetings.attendanceOf(meeting.getId(), m.getId()).orElse(null);
        if (a == null) {
            a = new Attendance(meeting.getId(), m.getId());
            a.record(s, by);
            meetings.add(a);
        } else {
            a.record(s, by);
        }
        return a;
    }
}
