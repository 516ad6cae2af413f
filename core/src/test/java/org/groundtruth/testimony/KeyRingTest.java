package org.groundtruth.testimony;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KeyRingTest {
    final SecureRandom random = new SecureRandom();
    final TestimonyKey key = TestimonyKey.generate(random);
    final KeyRing ring = KeyRing.of(key);

    @Test
    void sealsAndOpensAtTheSamePlace() {
        Sealed s = ring.seal("Zubayda", "testimony/1/name");
        assertThat(ring.open(s, "testimony/1/name")).isEqualTo("Zubayda");
        assertThat(s.version()).isEqualTo(1);
        assertThat(s.keyId()).isEqualTo(key.keyId());
        assertThat(new String(s.envelope(), StandardCharsets.ISO_8859_1)).doesNotContain("Zubayda");
        assertThat(s.envelope()).hasSize(1 + 8 + 12 + "Zubayda".length() + 16);
    }

    @Test
    void everySealingTakesAFreshNonce() {
        Set<String> nonces = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            byte[] e = ring.seal("same", "testimony/1/name").envelope();
            nonces.add(java.util.HexFormat.of().formatHex(e, 9, 21));
        }
        assertThat(nonces).hasSize(1000);
    }

    @Test
    void refusesAValueMovedToAnotherRecordOrField() {
        Sealed s = ring.seal("Zubayda", "testimony/1/name");
        assertThatThrownBy(() -> ring.open(s, "testimony/2/name")).isInstanceOf(ProtectionException.class)
                .hasMessageContaining("testimony/2/name").hasMessageContaining("integrity check").hasMessageNotContaining("Zubayda");
        assertThatThrownBy(() -> ring.open(s, "testimony/1/contact")).isInstanceOf(ProtectionException.class);
    }

    @Test
    void refusesEveryAlteredByte() {
        byte[] e = ring.seal("Zubayda", "testimony/1/name").envelope();
        for (int i = 0; i < e.length; i++) {
            byte[] t = e.clone();
            t[i] ^= 0x01;
            Sealed tampered = new Sealed(t);
            assertThatThrownBy(() -> ring.open(tampered, "testimony/1/name")).as("byte %d flipped", i).isInstanceOf(ProtectionException.class);
        }
    }

    @Test
    void anotherKeyCannotOpenAndTheRingNamesTheMissingKey() {
        Sealed s = ring.seal("Zubayda", "testimony/1/name");
        KeyRing other = KeyRing.of(TestimonyKey.generate(random));
        assertThatThrownBy(() -> other.open(s, "testimony/1/name")).isInstanceOf(ProtectionException.class)
                .hasMessageContaining(key.keyId()).hasMessageContaining("not among the keys given");
    }

    @Test
    void aRotatedRingSealsWithTheNewKeyAndStillOpensTheOld() {
        Sealed old = ring.seal("Zubayda", "testimony/1/name");
        TestimonyKey next = TestimonyKey.generate(random);
        KeyRing rotated = KeyRing.of(next, key);
        assertThat(rotated.open(old, "testimony/1/name")).isEqualTo("Zubayda");
        assertThat(rotated.seal("x", "p").keyId()).isEqualTo(next.keyId());
    }

    @Test
    void keyCheckValuesTellKeysApartAndNeverPrintTheKey() {
        TestimonyKey same = TestimonyKey.of(key.encoded());
        assertThat(same.checkValue()).isEqualTo(key.checkValue()).hasSize(32).startsWith(key.keyId());
        assertThat(same.matches(key.check())).isTrue();
        assertThat(TestimonyKey.generate(random).matches(key.check())).isFalse();
        assertThat(key.toString()).doesNotContain(java.util.Base64.getEncoder().encodeToString(key.encoded()));
        assertThatThrownBy(() -> TestimonyKey.of(new byte[16])).hasMessageContaining("32 bytes");
    }

    @Test
    void identitiesNeverPrint() {
        WitnessIdentity id = StatementForTest.identity();
        assertThat(id.toString()).doesNotContain(StatementForTest.WITNESS_NAME).doesNotContain("963");
    }

    @Test
    void unknownEnvelopeVersionsAreRefusedByName() {
        byte[] e = ring.seal("Zubayda", "testimony/1/name").envelope();
        e[0] = 2;
        assertThatThrownBy(() -> ring.open(new Sealed(e), "testimony/1/name")).hasMessageContaining("envelope version 2");
    }
}
