package org.groundtruth.evidence;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CustodyChainTest {
    private static final Sha256 FILE = Sha256.ofBytes("video".getBytes(StandardCharsets.UTF_8));
    private static final Instant T = Instant.parse("2015-11-29T11:45:30.250Z");

    private static List<CustodyEntry> chain() {
        List<CustodyEntry> c = new ArrayList<>();
        c.add(CustodyEntry.next(FILE, null, CustodyEvent.of(CustodyAction.ACQUIRED, "amira", T, Map.of("sourceUrl", "https://t.me/x/1"))));
        c.add(CustodyEntry.next(FILE, c.getLast(), CustodyEvent.of(CustodyAction.LINKED, "amira", T.plusSeconds(1), Map.of("incidentId", "7"))));
        c.add(CustodyEntry.next(FILE, c.getLast(), CustodyEvent.of(CustodyAction.VERIFIED, "bilal", T.plusSeconds(2),
                Map.of("kind", "geolocated", "method", "minaret\nand road", "result", "35.81, 36.61"))));
        return c;
    }

    @Test
    void theCanonicalFormIsFixedLineByLine() {
        CustodyEntry third = chain().get(2);
        assertThat(third.canonical()).isEqualTo("""
                groundtruth-custody-v1
                file:%s
                seq:3
                at:2015-11-29T11:45:32.250Z
                action:VERIFIED
                actor:bilal
                detail.kind:geolocated
                detail.method:minaret\\nand road
                detail.result:35.81, 36.61
                previous:%s
                """.formatted(FILE.hex(), chain().get(1).entryHash().hex()));
        assertThat(third.entryHash()).isEqualTo(Sha256.ofBytes(third.canonical().getBytes(StandardCharsets.UTF_8)));
        assertThat(chain().getFirst().previousHash()).isEqualTo(Sha256.ZERO);
    }

    @Test
    void anIntactChainHasNoBreaks() {
        assertThat(CustodyChain.verify(FILE, chain())).isEmpty();
    }

    @Test
    void aChangedEntryIsNamedWithBothHashes() {
        List<CustodyEntry> c = chain();
        CustodyEntry e = c.get(1);
        c.set(1, new CustodyEntry(e.fileSha256(), e.seq(), CustodyEvent.of(CustodyAction.LINKED, "mallory", e.event().at(), e.event().details()),
                e.previousHash(), e.entryHash()));
        List<ChainBreak> breaks = CustodyChain.verify(FILE, c);
        assertThat(breaks).hasSize(1);
        assertThat(breaks.getFirst().seq()).isEqualTo(2);
        assertThat(breaks.getFirst().expected()).contains(e.entryHash().hex());
        assertThat(breaks.getFirst().describe()).contains("custody entry 2").contains("content changed");
    }

    @Test
    void aRewrittenEntryBreaksTheLinkToTheNext() {
        List<CustodyEntry> c = chain();
        c.set(1, CustodyEntry.next(FILE, c.get(0), CustodyEvent.of(CustodyAction.LINKED, "mallory", T, Map.of("incidentId", "8"))));
        List<ChainBreak> breaks = CustodyChain.verify(FILE, c);
        assertThat(breaks).singleElement().satisfies(b -> {
            assertThat(b.seq()).isEqualTo(3);
            assertThat(b.problem()).contains("previous-entry hash");
        });
    }

    @Test
    void removedEntriesAndForeignChainsAreNamed() {
        List<CustodyEntry> c = chain();
        c.remove(1);
        assertThat(CustodyChain.verify(FILE, c)).extracting(ChainBreak::problem)
                .anyMatch(p -> p.contains("out of sequence")).anyMatch(p -> p.contains("previous-entry hash"));
        Sha256 other = Sha256.ofBytes(new byte[] {9});
        assertThat(CustodyChain.verify(other, chain())).hasSize(3).allMatch(b -> b.problem().contains("another file"));
        assertThat(CustodyChain.verify(FILE, List.of())).singleElement().satisfies(b -> assertThat(b.problem()).contains("no custody"));
    }
}
