package fr.passerelle.territories.control;

import java.util.Optional;

/** Entity ids as search hands them back (text): anything but a number finds nothing. */
final class Ids {

    private Ids() {
    }

    static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id == null ? "" : id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
