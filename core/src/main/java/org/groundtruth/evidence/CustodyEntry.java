package org.groundtruth.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of a file's chain of custody, as stored. Each entry names the file's SHA-256, its place in the chain
 * ({@code seq}, from 1), what happened, and the hash of the entry before it ({@link Sha256#ZERO} for the first); its
 * own {@code entryHash} is the SHA-256 of its {@link #canonical() canonical form}. Changing, removing or inserting
 * an entry, or giving the chain to another file, breaks every hash after it.
 */
public record CustodyEntry(Sha256 fileSha256, int seq, CustodyEvent event, Sha256 previousHash, Sha256 entryHash) {
    public CustodyEntry {
        Objects.requireNonNull(fileSha256, "fileSha256");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(entryHash, "entryHash");
        if (seq < 1) throw new IllegalArgumentException("custody entries count from 1, not " + seq);
    }

    /** The entry that follows {@code previous} (null for the first) on the chain of {@code fileSha256}. */
    public static CustodyEntry next(Sha256 fileSha256, CustodyEntry previous, CustodyEvent event) {
        int seq = previous == null ? 1 : previous.seq + 1;
        Sha256 prev = previous == null ? Sha256.ZERO : previous.entryHash;
        return new CustodyEntry(fileSha256, seq, event, prev, hashOf(fileSha256, seq, event, prev));
    }

    /** What this entry's hash should be, from its content. */
    public Sha256 recomputedHash() {
        return hashOf(fileSha256, seq, event, previousHash);
    }

    public String canonical() {
        return canonical(fileSha256, seq, event, previousHash);
    }

    static Sha256 hashOf(Sha256 file, int seq, CustodyEvent event, Sha256 previous) {
        return Sha256.ofBytes(canonical(file, seq, event, previous).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The canonical serialisation (version 1), UTF-8, one field a line, each line ending in LF:
     * <pre>
     * groundtruth-custody-v1
     * file:&lt;sha256 hex&gt;
     * seq:&lt;decimal&gt;
     * at:&lt;ISO-8601 instant in UTC, Instant.toString of a millisecond instant&gt;
     * action:&lt;ACQUIRED|ACCESSED|EXPORTED|LINKED|VERIFIED&gt;
     * actor:&lt;escaped text&gt;
     * detail.&lt;key&gt;:&lt;escaped text&gt;     (one line per detail, keys in Unicode code-unit order)
     * previous:&lt;sha256 hex of the previous entry, 64 zeros for the first&gt;
     * </pre>
     * Escaped text replaces backslash with {@code \\}, LF with {@code \n} and CR with {@code \r}.
     */
    static String canonical(Sha256 file, int seq, CustodyEvent event, Sha256 previous) {
        StringBuilder b = new StringBuilder(256);
        b.append("groundtruth-custody-v1\n");
        b.append("file:").append(file.hex()).append('\n');
        b.append("seq:").append(seq).append('\n');
        b.append("at:").append(event.at()).append('\n');
        b.append("action:").append(event.action().name()).append('\n');
        b.append("actor:").append(escape(event.actor())).append('\n');
        for (Map.Entry<String, String> d : event.details().entrySet()) {
            b.append("detail.").append(d.getKey()).append(':').append(escape(d.getValue())).append('\n');
        }
        b.append("previous:").append(previous.hex()).append('\n');
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
