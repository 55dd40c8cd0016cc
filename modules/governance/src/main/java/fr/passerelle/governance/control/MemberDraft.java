package fr.passerelle.governance.control;

/**
 * A seat to fill: the person by Keycloak {@code username}, or by {@code email} when invited (both may be given: the
 * address is then where e-mails go), their organisation, college (code), role and mandate dates.
 */
public record MemberDraft(String username, String email, String name, String organisation, String college,
                          String role, String mandateStart, String mandateEnd) {
}
