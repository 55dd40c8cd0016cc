package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.Meeting;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The documents attached to a meeting (owner {@code governance:meeting:<id>}), oldest first. */
@ApplicationScoped
public class MeetingDocuments {

    public static final String OWNER_PREFIX = "governance";

    /** A stored file as governance lists it. */
    public record Document(long id, String filename, String kind, long size, String sizeLabel, String url) {
    }

    public static String owner(Meeting meeting) {
        return OWNER_PREFIX + ":meeting:" + meeting.getId();
    }

    public List<Document> of(Meeting meeting) {
        return List.of();
    }
}
