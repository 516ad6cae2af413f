package org.groundtruth.web.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id (Bouncy Castle's implementation), stored in the PHC string format
 * {@code $argon2id$v=19$m=19456,t=2,p=1$SALT$HASH} (base64 without padding), so that the parameters travel with each
 * hash and can be raised later without invalidating stored ones (decision record 0701). Checking a password against
 * a stored hash uses the parameters in that hash.
 */
public final class Passwords {
    /** OWASP's first recommended setting (2023): 19 MiB, 2 passes, 1 lane; 16-byte salt, 32-byte hash. */
    public record Cost(int memoryKiB, int iterations, int parallelism) {
        public static final Cost DEFAULT = new Cost(19_456, 2, 1);

        public Cost {
            if (memoryKiB < 8 * parallelism || iterations < 1 || parallelism < 1) throw new IllegalArgumentException("Argon2 cost " + memoryKiB + "/" + iterations + "/" + parallelism);
        }
    }

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 1024;
    private static final Pattern PHC = Pattern.compile("\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,3}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final Cost cost;
    private final String dummy;

    public Passwords(Cost cost) {
        this.cost = cost;
        this.dummy = hash("not a password of anyone".toCharArray());
    }

    public Passwords() {
        this(Cost.DEFAULT);
    }

    /** Why a new password is refused, or null when it is acceptable. */
    public static String problem(char[] password) {
        if (password == null || password.length < MIN_LENGTH) return "a password needs at least " + MIN_LENGTH + " characters";
        if (password.length > MAX_LENGTH) return "a password may have at most " + MAX_LENGTH + " characters";
        return null;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] out = derive(password, salt, cost, 32);
        return "$argon2id$v=19$m=" + cost.memoryKiB() + ",t=" + cost.iterations() + ",p=" + cost.parallelism() + "$"
                + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    /** True when {@code password} matches {@code stored}; a malformed stored hash never matches. */
    public boolean matches(char[] password, String stored) {
        Matcher m = stored == null ? null : PHC.matcher(stored);
        if (m == null || !m.matches()) return false;
        Cost c = costOf(m);
        if (c == null) return false;
        byte[] salt = B64D.decode(m.group(4));
        byte[] expected = B64D.decode(m.group(5));
        byte[] actual = derive(password, salt, c, expected.length);
        return MessageDigest.isEqual(expected, actual);
    }

    /**
     * True when {@code stored} was made at another cost than this one's, so that a login that has just matched it
     * should store a new hash of the same password at the current cost (decision record 0701).
     */
    public boolean needsRehash(String stored) {
        Matcher m = stored == null ? null : PHC.matcher(stored);
        return m != null && m.matches() && !cost.equals(costOf(m));
    }

    /** The cost written in a PHC string, or null when its numbers are out of range. */
    private static Cost costOf(Matcher phc) {
        try {
            return new Cost(Integer.parseInt(phc.group(1)), Integer.parseInt(phc.group(2)), Integer.parseInt(phc.group(3)));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Spends the time a check would, for a user that does not exist, so that timing does not tell names apart. */
    public void burn(char[] password) {
        matches(password, dummy);
    }

    private static byte[] derive(char[] password, byte[] salt, Cost c, int length) {
        Argon2Parameters p = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(c.memoryKiB())
                .withIterations(c.iterations())
                .withParallelism(c.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator g = new Argon2BytesGenerator();
        g.init(p);
        byte[] pw = toUtf8(password);
        byte[] out = new byte[length];
        try {
            g.generateBytes(pw, out);
        } finally {
            Arrays.fill(pw, (byte) 0);
        }
        return out;
    }

    private static byte[] toUtf8(char[] password) {
        java.nio.ByteBuffer bb = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        byte[] b = new byte[bb.remaining()];
        bb.get(b);
        if (bb.hasArray()) Arrays.fill(bb.array(), (byte) 0);
        return b;
    }
}
