package fr.passerelle.kernel.attachments;

/** A file of an accepted type that cannot be read: damaged, locked, or forged. The message is the refusal. */
final class Unreadable extends Exception {

    Unreadable(String refusal, Throwable cause) {
        super(refusal, cause);
    }

    Unreadable(String refusal) {
        super(refusal);
    }
}
