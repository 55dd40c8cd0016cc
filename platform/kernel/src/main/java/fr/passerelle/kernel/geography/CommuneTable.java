package fr.passerelle.kernel.geography;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The 35,000 current communes in a few flat arrays rather than as objects: about 1 MB instead of 5 to 6 MB
 * of records and strings, kept for the life of the application. A {@link Commune} is built when asked for.
 * Row {@code i} is the i-th commune in code order; codes are stored as base-36 numbers, which keeps that
 * order for codes of five digits or capitals ({@code 2A004} sorts after {@code 29xxx}, as in the COG).
 */
final class CommuneTable {

    static final int CODE_LENGTH = 5;

    private final int[] keys;
    private final int[] nameStarts;   // names of row i: UTF-8 bytes nameStarts[i] .. nameStarts[i + 1]
    private final byte[] names;
    private final byte[] departements; // index into the geography's département list (101 entries)
    private final int[] populations;

    private CommuneTable(Builder builder) {
        int size = builder.size;
        keys = Arrays.copyOf(builder.keys, size);
        nameStarts = Arrays.copyOf(builder.nameStarts, size + 1);
        nameStarts[size] = builder.names.size();
        names = builder.names.toByteArray();
        departements = Arrays.copyOf(builder.departements, size);
        populations = Arrays.copyOf(builder.populations, size);
    }

    /** The row of a normalised commune code, or -1. */
    int row(String code) {
        int key = key(code);
        if (key < 0) {
            return -1;
        }
        int row = Arrays.binarySearch(keys, key);
        return row >= 0 ? row : -1;
    }

    int size() {
        return keys.length;
    }

    String code(int row) {
        String digits = Integer.toString(keys[row], 36).toUpperCase(java.util.Locale.ROOT);
        return "0".repeat(CODE_LENGTH - digits.length()) + digits;
    }

    String name(int row) {
        return new String(names, nameStarts[row], nameStarts[row + 1] - nameStarts[row], StandardCharsets.UTF_8);
    }

    int departement(int row) {
        return departements[row];
    }

    int population(int row) {
        return populations[row];
    }

    /** Bytes held by the arrays, for the record of what this costs. */
    long bytes() {
        return 4L * keys.length + 4L * nameStarts.length + names.length + departements.length + 4L * populations.length;
    }

    /**
     * Five characters, digits or capitals, read as a base-36 number; -1 for anything else. The length is
     * checked first so that {@code 01001} and {@code 1001} do not meet.
     */
    static int key(String code) {
        if (code.length() != CODE_LENGTH) {
            return -1;
        }
        for (int i = 0; i < CODE_LENGTH; i++) {
            char c = code.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
                return -1;
            }
        }
        return Integer.parseInt(code, 36);
    }

    /** Takes rows in code order, as the build writes them. */
    static final class Builder {
        private int size;
        private int[] keys = new int[40_000];
        private int[] nameStarts = new int[40_001];
        private final ByteArrayOutputStream names = new ByteArrayOutputStream(512 * 1024);
        private byte[] departements = new byte[40_000];
        private int[] populations = new int[40_000];

        void add(String code, String name, int departement, int population) {
            int key = key(code);
            if (key < 0 || size > 0 && key <= keys[size - 1]) {
                throw new IllegalStateException("commune " + code + ": not a code, or out of order");
            }
            if (departement < 0 || departement > Byte.MAX_VALUE) {
                throw new IllegalStateException("commune " + code + ": département index " + departement);
            }
            if (size == keys.length) {
                grow();
            }
            keys[size] = key;
            nameStarts[size] = names.size();
            names.writeBytes(name.getBytes(StandardCharsets.UTF_8));
            departements[size] = (byte) departement;
            populations[size] = population;
            size++;
        }

        private void grow() {
            int capacity = keys.length * 2;
            keys = Arrays.copyOf(keys, capacity);
            nameStarts = Arrays.copyOf(nameStarts, capacity + 1);
            departements = Arrays.copyOf(departements, capacity);
            populations = Arrays.copyOf(populations, capacity);
        }

        CommuneTable build() {
            return new CommuneTable(this);
        }
    }
}
