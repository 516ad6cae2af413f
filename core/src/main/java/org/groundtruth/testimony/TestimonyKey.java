package org.groundtruth.testimony;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A 256-bit master key for witness identities. The AES-GCM key and the key check value are derived from it with
 * HMAC-SHA-256 under distinct labels, so the check value that the store records says nothing about the cipher key.
 * The key id (the first 8 bytes of the check value) names the key inside every envelope it seals, so that old
 * envelopes still open after a new key has become the one that seals. {@link #toString()} never shows key material.
 */
public final class TestimonyKey {
    public static final int BYTES = 32;
    private static final String CIPHER_LABEL = "groundtruth/testimony/aes-256-gcm/v1";
    private static final String CHECK_LABEL = "groundtruth/testimony/key-check/v1";

    private final byte[] master;
    private final SecretKeySpec cipherKey;
    private final String checkValue;

    private TestimonyKey(byte[] master) {
        this.master = master.clone();
        this.cipherKey = new SecretKeySpec(hmac(master, CIPHER_LABEL), "AES");
        this.checkValue = HexFormat.of().formatHex(Arrays.copyOf(hmac(master, CHECK_LABEL), 16));
    }

    /** A key from its 32 bytes. */
    public static TestimonyKey of(byte[] master) {
        if (master == null || master.length != BYTES) {
            throw new ProtectionException("a testimony key is " + BYTES + " bytes (256 bits), not " + (master == null ? 0 : master.length));
        }
        return new TestimonyKey(master);
    }

    public static TestimonyKey generate(SecureRandom random) {
        byte[] b = new byte[BYTES];
        random.nextBytes(b);
        return new TestimonyKey(b);
    }

    /** The 32 bytes, for writing a key file. */
    public byte[] encoded() {
        return master.clone();
    }

    /** 16 hex digits that name this key in envelopes and in the store's key checks. */
    public String keyId() {
        return checkValue.substring(0, 16);
    }

    /** 32 hex digits the store records to tell the right key from a wrong one at start. */
    public String checkValue() {
        return checkValue;
    }

    public KeyCheck check() {
        return new KeyCheck(keyId(), checkValue);
    }

    /** True when {@code recorded} is this key's check value (compared in constant time). */
    public boolean matches(KeyCheck recorded) {
        return MessageDigest.isEqual(checkValue.getBytes(StandardCharsets.US_ASCII), recorded.checkValue().getBytes(StandardCharsets.US_ASCII));
    }

    SecretKeySpec cipherKey() {
        return cipherKey;
    }

    private static byte[] hmac(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(label.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM lacks HmacSHA256", e);
        }
    }

    @Override
    public String toString() {
        return "TestimonyKey[" + keyId() + "]";
    }
}
