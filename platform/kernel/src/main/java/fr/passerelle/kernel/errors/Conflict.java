package fr.passerelle.kernel.errors;

/** Thrown when a request clashes with stored state (a slug already taken); answered as 409. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
