package org.groundtruth.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/** A SHA-256 digest as 64 lower-case hexadecimal digits: the name of a stored file and of a custody entry. */
public record Sha256(String hex) implements Comparable<Sha256> {
    /** The "previous hash" of the first entry of a chain. */
    public static final Sha256 ZERO = new Sha256("0".repeat(64));

    public Sha256 {
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != 64) throw new IllegalArgumentException("a SHA-256 has 64 hex digits, not " + hex.length() + ": '" + shorten(hex) + "'");
        for (int i = 0; i < 64; i++) {
            char ch = hex.charAt(i);
            if (!((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'))) {
                throw new IllegalArgumentException("a SHA-256 is lower-case hex; '" + shorten(hex) + "' has '" + ch + "' at " + i);
            }
        }
    }

    public static Sha256 of(byte[] digest) {
        if (digest.length != 32) throw new IllegalArgumentException("a SHA-256 digest has 32 bytes, not " + digest.length);
        return new Sha256(HexFormat.of().formatHex(digest));
    }

    /** Parses user input: trims and lower-cases. */
    public static Sha256 parse(String text) {
        return new Sha256(text.strip().toLowerCase(java.util.Locale.ROOT));
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    public static Sha256 ofBytes(byte[] bytes) {
        return of(newDigest().digest(bytes));
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }

    @Override
    public int compareTo(Sha256 o) {
        return hex.compareTo(o.hex);
    }

    @Override
    public String toString() {
        return hex;
    }
}
