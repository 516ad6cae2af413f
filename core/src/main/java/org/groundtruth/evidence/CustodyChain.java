package org.groundtruth.evidence;

import java.util.ArrayList;
import java.util.List;

/** Walks a chain of custody and names every break: a changed entry, a missing or inserted one, a foreign one. */
public final class CustodyChain {
    private CustodyChain() {
    }

    /** @param entries the chain as stored, in {@code seq} order */
    public static List<ChainBreak> verify(Sha256 fileSha256, List<CustodyEntry> entries) {
        List<ChainBreak> breaks = new ArrayList<>();
        if (entries.isEmpty()) {
            breaks.add(new ChainBreak(fileSha256, 0, "the file has no custody entries", "an ACQUIRED entry", "none"));
            return breaks;
        }
        Sha256 previous = Sha256.ZERO;
        int expectedSeq = 1;
        for (CustodyEntry e : entries) {
            if (e.seq() != expectedSeq) {
                breaks.add(new ChainBreak(fileSha256, e.seq(), "entry out of sequence (one removed or inserted)", "seq " + expectedSeq, "seq " + e.seq()));
            }
            if (!e.fileSha256().equals(fileSha256)) {
                breaks.add(new ChainBreak(fileSha256, e.seq(), "entry belongs to another file", fileSha256.hex(), e.fileSha256().hex()));
            }
            if (!e.previousHash().equals(previous)) {
                breaks.add(new ChainBreak(fileSha256, e.seq(), "previous-entry hash does not match the entry before it", previous.hex(), e.previousHash().hex()));
            }
            Sha256 recomputed = e.recomputedHash();
            if (!recomputed.equals(e.entryHash())) {
                breaks.add(new ChainBreak(fileSha256, e.seq(), "entry content changed since it was written", e.entryHash().hex() + " (stored hash)", recomputed.hex() + " (hash of the content now)"));
            }
            if (expectedSeq == 1 && e.event().action() != CustodyAction.ACQUIRED) {
                breaks.add(new ChainBreak(fileSha256, e.seq(), "a chain starts with its acquisition", "ACQUIRED", e.event().action().name()));
            }
            previous = e.entryHash();
            expectedSeq = e.seq() + 1;
        }
        return breaks;
    }
}
