package fr.passerelle.events.control;

import fr.passerelle.kernel.errors.InvalidInput;
import fr.passerelle.events.entity.Event;
import fr.passerelle.events.entity.EventSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks the sessions someone asks for: all of this event, none at the same time as another. */
public final class SessionChoice {

    private SessionChoice() {
    }

    public static List<EventSession> check(Event event, List<EventSession> programme, List<Long> ids) {
        Map<Long, EventSession> byId = programme.stream().collect(Collectors.toMap(EventSession::getId, Function.identity()));
        List<EventSession> chosen = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Long id : ids) {
            EventSession s = byId.get(id);
            if (s == null) {
                unknown.add(String.valueOf(id));
            } else {
                chosen.add(s);
            }
        }
        if (!unknown.isEmpty()) {
            throw InvalidInput.of("sessions", "ne correspond à aucune session de « " + event.getTitle() + " » : "
                    + String.join(", ", unknown));
        }
        for (int i = 0; i < chosen.size(); i++) {
            for (int j = i + 1; j < chosen.size(); j++) {
                EventSession a = chosen.get(i);
                EventSession b = chosen.get(j);
                if (a.overlaps(b)) {
                    throw InvalidInput.of("sessions", "« " + a.getTitle() + " » et « " + b.getTitle()
                            + " » ont lieu en même temps : choisissez l'une des deux");
                }
            }
        }
        return chosen;
    }
}
