package fr.passerelle.testkit;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Words no seed text holds, so that a search for one finds only what a test wrote. Letters only: the French
 * analysis splits words at digits. (Keeping the letters of a UUID was tried and failed about one run in a
 * hundred: a UUID may hold fewer than six of them.)
 */
public final class RandomWords {

    private RandomWords() {
    }

    /** {@code prefix} followed by {@code letters} random lowercase letters. */
    public static String of(String prefix, int letters) {
        StringBuilder word = new StringBuilder(prefix);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < letters; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
