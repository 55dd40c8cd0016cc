package fr.passerelle.events.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Random secrets of the module: management tokens (kept hashed) and check-in codes (typed by staff). */
public final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** No 0/O, 1/I/L: a code read aloud or typed from a screen is not mistaken. */
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private Tokens() {
    }

    /** 256 random bits, URL-safe. */
    public static String managementToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean looksLikeToken(String token) {
        return token != null && TOKEN.matcher(token).matches();
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ten characters in two groups (about 50 bits): {@code K7MPQ-2XD9R}. */
    public static String checkinCode() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    /** What staff typed, made comparable: upper case, without spaces, with the hyphen where it belongs. */
    public static String normaliseCode(String typed) {
        if (typed == null) {
            return "";
        }
        String compact = typed.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        return compact.length() == 10 ? compact.substring(0, 5) + "-" + compact.substring(5) : compact;
    }
}
