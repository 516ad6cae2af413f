package org.groundtruth.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The hash chain of the audit log. An entry's hash is the lower-case hex SHA-256 of the UTF-8 bytes of its
 * canonical form: these nine fields in this order, each as its length in UTF-8 bytes (decimal), a colon, the bytes,
 * and a line feed, with a missing value written as "-" and nothing after it (so no value can pass for another):
 * <pre>
 * seq, at (ISO-8601 UTC with exactly 6 fraction digits), actor, reason, action, subject, before, after, previousHash
 * </pre>
 * preceded by the version line "groundtruth-audit-v1\n". The first entry's previousHash is 64 zeros.
 */
public final class AuditChain {
    public static final String GENESIS = "0".repeat(64);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(java.time.ZoneOffset.UTC);

    private AuditChain() {
    }

    /** Entries are stored to the microsecond, so that both databases give back exactly the instant that was hashed. */
    public static Instant truncate(Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    public static String canonical(long seq, Instant at, String actor, String reason, String action, String subject,
                                   String before, String after, String previousHash) {
        StringBuilder b = new StringBuilder("groundtruth-audit-v1\n");
        field(b, Long.toString(seq));
        field(b, AT.format(at));
        field(b, actor);
        field(b, reason);
        field(b, action);
        field(b, subject);
        field(b, before);
        field(b, after);
        field(b, previousHash);
        return b.toString();
    }

    public static String canonical(AuditEntry e) {
        return canonical(e.seq(), e.at(), e.actor(), e.reason(), e.action(), e.subject(), e.before(), e.after(), e.previousHash());
    }

    public static String hash(String canonical) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    /** The next entry after {@code previous} (null for the first). */
    public static AuditEntry next(AuditEntry previous, Instant at, AuditRecord r) {
        long seq = previous == null ? 1 : previous.seq() + 1;
        String prevHash = previous == null ? GENESIS : previous.hash();
        return next(seq, prevHash, at, r);
    }

    public static AuditEntry next(long seq, String previousHash, Instant at, AuditRecord r) {
        Instant t = truncate(at);
        String h = hash(canonical(seq, t, r.note().actor(), r.note().reason(), r.action(), r.subject(), r.before(), r.after(), previousHash));
        return new AuditEntry(seq, t, r.note().actor(), r.note().reason(), r.action(), r.subject(), r.before(), r.after(), previousHash, h);
    }

    /**
     * The first break in a run of consecutive entries, or empty when they chain. {@code expectedPrevious} is the
     * hash the first entry must point to (the genesis for a walk from seq 1).
     */
    public static Optional<String> firstBreak(List<AuditEntry> entries, long expectedSeq, String expectedPrevious) {
        long seq = expectedSeq;
        String prev = expectedPrevious;
        for (AuditEntry e : entries) {
            if (e.seq() != seq) return Optional.of("entry " + seq + " is missing (next stored is " + e.seq() + ")");
            if (!e.previousHash().equals(prev)) return Optional.of("entry " + e.seq() + " points to " + e.previousHash() + " but entry " + (seq - 1) + " hashes to " + prev);
            String h = hash(canonical(e));
            if (!h.equals(e.hash())) return Optional.of("entry " + e.seq() + " was altered: its content hashes to " + h + ", stored hash is " + e.hash());
            prev = e.hash();
            seq++;
        }
        return Optional.empty();
    }

    private static void field(StringBuilder b, String value) {
        if (value == null) {
            b.append("-\n");
            return;
        }
        b.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append('\n');
    }
}
