package org.groundtruth.incident;

import java.security.SecureRandom;

/**
 * The id the public sees for an incident (decision 0740): 16 characters of Crockford's base32 in lower case
 * ({@code 0-9a-z} without i, l, o, u), 80 random bits from {@link SecureRandom}, the first always a letter so that
 * a public id is never a number and can never be taken for the internal id. It says nothing of when an incident was
 * made or how many there are; internal ids (one sequence for all incidents) never reach the public.
 *
 * <p>Generating one costs about a hundred nanoseconds: random bytes are drawn from the secure generator ten KiB at a
 * time, so that an import of a million rows spends about a tenth of a second on them (measured in docs/performance.md).
 */
public final class PublicId {
    /** Crockford's base32 alphabet, lower case. */
    static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    /** The letters of {@link #ALPHABET}, for the first character. */
    static final String LETTERS = "abcdefghjkmnpqrstvwxyz";
    public static final int LENGTH = 16;

    private static final SecureRandom RANDOM = generator();
    private static final int BYTES_PER_ID = 10; // 80 bits: 16 characters of 5 bits
    private static final byte[] POOL = new byte[BYTES_PER_ID * 1024];
    private static int used = POOL.length;

    private PublicId() {
    }

    /**
     * The JDK's NIST SP 800-90A DRBG (Hash_DRBG over SHA-256, seeded and reseeded from the operating system): about
     * four times faster than the default NativePRNG on Linux for bulk bytes; the default where it is not offered.
     */
    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (java.security.NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    /** A new random public id. Thread-safe. */
    public static String next() {
        byte[] b = new byte[BYTES_PER_ID];
        synchronized (POOL) {
            if (used == POOL.length) {
                RANDOM.nextBytes(POOL);
                used = 0;
            }
            System.arraycopy(POOL, used, b, 0, BYTES_PER_ID);
            java.util.Arrays.fill(POOL, used, used + BYTES_PER_ID, (byte) 0); // a value handed out is not kept
            used += BYTES_PER_ID;
        }
        char[] out = new char[LENGTH];
        long hi = 0;
        for (int k = 0; k < 5; k++) hi = (hi << 8) | (b[k] & 0xff);
        long lo = 0;
        for (int k = 5; k < 10; k++) lo = (lo << 8) | (b[k] & 0xff);
        for (int k = 7; k >= 0; k--) {
            out[k] = ALPHABET.charAt((int) (hi & 31));
            hi >>>= 5;
            out[k + 8] = ALPHABET.charAt((int) (lo & 31));
            lo >>>= 5;
        }
        out[0] = LETTERS.charAt((ALPHABET.indexOf(out[0]) * LETTERS.length()) >>> 5); // a letter, about as random
        return new String(out);
    }

    /**
     * Whether {@code text} has the shape of a public id (length and alphabet). Upper case is accepted, as Crockford's
     * base32 is read case-insensitively; {@link #normalize} gives the stored form.
     */
    public static boolean isWellFormed(String text) {
        if (text == null || text.length() != LENGTH) return false;
        for (int k = 0; k < LENGTH; k++) {
            char ch = text.charAt(k);
            if (ch >= 128) return false; // ASCII only: no Kelvin sign lower-casing to k
            if ((k == 0 ? LETTERS : ALPHABET).indexOf(Character.toLowerCase(ch)) < 0) return false;
        }
        return true;
    }

    /** The stored form of a well-formed public id (lower case). */
    public static String normalize(String text) {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
