package org.groundtruth.testimony;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys an operator gave: the first seals, every one opens what it sealed (so keys can rotate: put the new key
 * first, re-seal, then drop the old one). Seals with AES-256-GCM and a fresh random 96-bit nonce per value; the
 * place of the value ({@code "testimony/17/name"}) is bound as associated data, so a ciphertext copied to another row
 * or field does not open.
 */
public final class KeyRing {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final List<TestimonyKey> keys;
    private final Map<String, TestimonyKey> byId = new LinkedHashMap<>();

    public KeyRing(List<TestimonyKey> keys) {
        if (keys == null || keys.isEmpty()) throw new ProtectionException("a key ring needs at least one key");
        this.keys = List.copyOf(keys);
        for (TestimonyKey k : this.keys) byId.putIfAbsent(k.keyId(), k);
    }

    public static KeyRing of(TestimonyKey... keys) {
        return new KeyRing(List.of(keys));
    }

    /** The key that seals new values. */
    public TestimonyKey primary() {
        return keys.get(0);
    }

    public List<TestimonyKey> keys() {
        return keys;
    }

    public Optional<TestimonyKey> key(String keyId) {
        return Optional.ofNullable(byId.get(keyId));
    }

    /** Seals {@code plaintext} for the place {@code where} (e.g. "testimony/17/name") with the primary key. */
    public Sealed seal(String plaintext, String where) {
        TestimonyKey key = primary();
        byte[] nonce = new byte[Sealed.NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] header = header(key);
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key.cipherKey(), new GCMParameterSpec(Sealed.TAG_BYTES * 8, nonce));
            c.updateAAD(associatedData(header, where));
            byte[] body = c.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[header.length + nonce.length + body.length];
            System.arraycopy(header, 0, out, 0, header.length);
            System.arraycopy(nonce, 0, out, header.length, nonce.length);
            System.arraycopy(body, 0, out, header.length + nonce.length, body.length);
            return new Sealed(out);
        } catch (GeneralSecurityException e) {
            throw new ProtectionException("sealing " + where + " failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Opens a value sealed for {@code where}. Refuses, naming the place, an envelope of an unknown version, one sealed
     * with a key not in this ring, and one that was altered or moved from another place.
     */
    public String open(Sealed sealed, String where) {
        byte[] env = sealed.envelope();
        if (env[0] != Sealed.VERSION_1) throw new ProtectionException(where + ": sealed with envelope version " + env[0] + ", which this version does not know");
        String keyId = sealed.keyId();
        TestimonyKey key = byId.get(keyId);
        if (key == null) throw new ProtectionException(where + ": sealed with key " + keyId + ", which is not among the keys given");
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key.cipherKey(), new GCMParameterSpec(Sealed.TAG_BYTES * 8, env, Sealed.HEADER_BYTES, Sealed.NONCE_BYTES));
            c.updateAAD(associatedData(java.util.Arrays.copyOf(env, Sealed.HEADER_BYTES), where));
            int bodyStart = Sealed.HEADER_BYTES + Sealed.NONCE_BYTES;
            return new String(c.doFinal(env, bodyStart, env.length - bodyStart), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new ProtectionException(where + ": the sealed value fails its integrity check (altered, or copied from another record or field); refused");
        } catch (GeneralSecurityException e) {
            throw new ProtectionException(where + ": opening failed: " + e.getClass().getSimpleName(), e);
        }
    }

    /** The checks of every key in the ring, primary first. */
    public List<KeyCheck> checks() {
        List<KeyCheck> out = new ArrayList<>();
        for (TestimonyKey k : keys) out.add(k.check());
        return out;
    }

    private static byte[] header(TestimonyKey key) {
        byte[] h = new byte[Sealed.HEADER_BYTES];
        h[0] = Sealed.VERSION_1;
        System.arraycopy(HexFormat.of().parseHex(key.keyId()), 0, h, 1, Sealed.KEY_ID_BYTES);
        return h;
    }

    private static byte[] associatedData(byte[] header, String where) {
        byte[] place = where.getBytes(StandardCharsets.UTF_8);
        byte[] ad = new byte[header.length + place.length];
        System.arraycopy(header, 0, ad, 0, header.length);
        System.arraycopy(place, 0, ad, header.length, place.length);
        return ad;
    }

    @Override
    public String toString() {
        return "KeyRing" + keys;
    }
}
