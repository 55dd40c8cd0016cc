package fr.passerelle.governance.control;

import fr.passerelle.governance.entity.CalendarToken;
import fr.passerelle.governance.entity.Member;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Secret addresses of members' personal calendar feeds. The secret is 256 random bits shown once; only its
 * SHA-256 is stored, so a copy of the database does not give anyone's feed. A member has at most one active
 * secret: issuing a new one revokes the old, and revoking leaves none.
 */
@ApplicationScoped
public class PersonalFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "passerelle")
    EntityManager em;

    @Inject
    BodyRepository bodies;

    @Inject
    Clock clock;

    /** @return the new secret, to show once */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(Member member) {
        revoke(member);
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        em.persist(new CalendarToken(member.getId(), hash(secret), ParisTime.now(clock)));
        em.flush();
        return secret;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(Member member) {
        active(member).forEach(t -> t.revoke(ParisTime.now(clock)));
    }

    public boolean hasActive(Member member) {
        return !active(member).isEmpty();
    }

    private List<CalendarToken> active(Member member) {
        return em.createQuery("SELECT t FROM CalendarToken t WHERE t.memberId = :m AND t.revokedAt IS NULL",
                CalendarToken.class).setParameter("m", member.getId()).getResultList();
    }

    /** The sitting member whose active secret this is; nothing for unknown, revoked or malformed secrets. */
    public Optional<Member> memberOf(String secret) {
        if (secret == null || !secret.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return em.createQuery("SELECT t FROM CalendarToken t WHERE t.tokenHash = :h AND t.revokedAt IS NULL",
                        CalendarToken.class).setParameter("h", hash(secret)).getResultStream().findFirst()
                .flatMap(t -> bodies.member(t.getMemberId()))
                .filter(m -> m.sitsOn(ParisTime.today(clock)));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
