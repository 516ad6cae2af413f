package org.groundtruth.evidence;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;

/**
 * The key a Groundtruth store signs its evidence bundles' manifests with: Ed25519 from the JDK (decision 0610). The
 * private half never leaves the key file it is kept in, outside the store; the public half ({@link #publicKey}) is
 * printed by {@code serve} and {@code evidence public-key} and is what {@code verify-bundle --key} checks against.
 */
public final class SigningKey {
    public static final String ALGORITHM = "Ed25519";

    private final PrivateKey privateKey;
    private final BundlePublicKey publicKey;

    private SigningKey(PrivateKey privateKey, BundlePublicKey publicKey) {
        this.privateKey = privateKey;
        this.publicKey = publicKey;
    }

    public static SigningKey generate(SecureRandom random) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(ALGORITHM);
            g.initialize(255, random);
            KeyPair pair = g.generateKeyPair();
            return new SigningKey(pair.getPrivate(), BundlePublicKey.of(pair.getPublic()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java runtime has no Ed25519", e);
        }
    }

    /**
     * A key from its PKCS#8 private half and its public half, as a key file keeps them; refuses a pair whose halves
     * do not belong together (a signature made with one does not verify with the other).
     */
    public static SigningKey of(byte[] pkcs8, BundlePublicKey publicKey) {
        PrivateKey p;
        try {
            p = KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key");
        }
        SigningKey key = new SigningKey(p, publicKey);
        byte[] probe = "groundtruth signing key check".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (!publicKey.verifies(probe, key.sign(probe))) throw new IllegalArgumentException("the private and public keys do not belong together");
        return key;
    }

    /** The Ed25519 signature (64 bytes) of {@code data}. */
    public byte[] sign(byte[] data) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(privateKey);
            s.update(data);
            return s.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with Ed25519", e);
        }
    }

    public BundlePublicKey publicKey() {
        return publicKey;
    }

    /** The private half, PKCS#8: for the key file only. */
    public byte[] encodedPrivate() {
        return privateKey.getEncoded();
    }

    @Override
    public String toString() {
        return "SigningKey(" + publicKey.fingerprint() + ")"; // never the private half
    }
}
