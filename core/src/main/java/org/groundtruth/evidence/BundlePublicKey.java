package org.groundtruth.evidence;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The public half of the key that signs evidence bundles (Ed25519, decision 0610), as people pass it around:
 * {@code ed25519:} and the 32-byte key in base64. Whoever holds it can check that a bundle's manifest was signed by
 * the store that holds the private half; it reveals nothing and may be published.
 */
public final class BundlePublicKey {
    public static final String PREFIX = "ed25519:";
    /** DER of an X.509 SubjectPublicKeyInfo for Ed25519 (RFC 8410), before the 32 key bytes. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private final byte[] raw;
    private final PublicKey key;

    private BundlePublicKey(byte[] raw) {
        this.raw = raw.clone();
        try {
            byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
            System.arraycopy(raw, 0, der, X509_PREFIX.length, 32);
            this.key = KeyFactory.getInstance(SigningKey.ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    /** Parses {@code ed25519:BASE64} (the prefix may be left out); a clear IllegalArgumentException otherwise. */
    public static BundlePublicKey parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("no public key given (expected " + PREFIX + "BASE64)");
        String t = text.strip();
        if (t.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) t = t.substring(PREFIX.length());
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(t);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the public key is not " + PREFIX + " followed by base64");
        }
        if (raw.length != 32) throw new IllegalArgumentException("the public key has " + raw.length + " bytes; an Ed25519 key has 32");
        return new BundlePublicKey(raw);
    }

    static BundlePublicKey of(PublicKey key) {
        byte[] der = key.getEncoded();
        if (der.length != X509_PREFIX.length + 32 || !Arrays.equals(der, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        return new BundlePublicKey(Arrays.copyOfRange(der, X509_PREFIX.length, der.length));
    }

    /** {@code ed25519:BASE64}. */
    public String text() {
        return PREFIX + Base64.getEncoder().encodeToString(raw);
    }

    /** The first 16 hex digits of the key's SHA-256: short enough to read out over a phone. */
    public String fingerprint() {
        return Sha256.of(Sha256.newDigest().digest(raw)).hex().substring(0, 16);
    }

    /** Whether {@code signature} is this key's Ed25519 signature of {@code data}. */
    public boolean verifies(byte[] data, byte[] signature) {
        try {
            Signature s = Signature.getInstance(SigningKey.ALGORITHM);
            s.initVerify(key);
            s.update(data);
            return s.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false; // a malformed signature is simply not a valid one
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BundlePublicKey k && Arrays.equals(raw, k.raw);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(raw);
    }

    @Override
    public String toString() {
        return text();
    }
}
