package org.groundtruth.testimony;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A protected value as stored: an envelope from {@link KeyRing#seal}. Version 1 is
 * {@code 0x01 | key id (8 bytes) | nonce (12 bytes) | AES-256-GCM ciphertext and 128-bit tag}; the version, the key id
 * and the value's place (record and field) are the associated data, so an envelope opens only where it was sealed.
 */
public record Sealed(byte[] envelope) {
    public static final byte VERSION_1 = 1;
    static final int KEY_ID_BYTES = 8;
    static final int NONCE_BYTES = 12;
    static final int TAG_BYTES = 16;
    static final int HEADER_BYTES = 1 + KEY_ID_BYTES;
    static final int MIN_BYTES = HEADER_BYTES + NONCE_BYTES + TAG_BYTES;

    public Sealed {
        if (envelope == null || envelope.length < MIN_BYTES) throw new IllegalArgumentException("a sealed value is at least " + MIN_BYTES + " bytes");
        envelope = envelope.clone();
    }

    @Override
    public byte[] envelope() {
        return envelope.clone();
    }

    public int version() {
        return envelope[0];
    }

    /** The id of the key that sealed it (16 hex digits). */
    public String keyId() {
        return HexFormat.of().formatHex(envelope, 1, HEADER_BYTES);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sealed s && Arrays.equals(envelope, s.envelope);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(envelope);
    }

    @Override
    public String toString() {
        return "Sealed[v" + version() + ", key " + keyId() + ", " + envelope.length + " bytes]";
    }
}
