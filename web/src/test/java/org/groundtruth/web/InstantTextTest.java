package org.groundtruth.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written text of an instant against {@link Instant#toString}, the oracle. */
class InstantTextTest {
    @Test
    void writesWhatToStringWrites() {
        Random random = new Random(4223);
        for (int k = 0; k < 300_000; k++) {
            long s = random.nextInt(5) == 0 ? random.nextLong(-400_000_000_000L, 400_000_000_000L) : random.nextLong(0, 4_102_444_800L);
            int nano = switch (random.nextInt(4)) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant t = Instant.ofEpochSecond(s, nano);
            assertThat(InstantText.of(t)).isEqualTo(t.toString());
        }
        assertThat(InstantText.of(null)).isNull();
        assertThat(InstantText.of(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(InstantText.of(Instant.parse("9999-12-31T23:59:59.999999999Z"))).isEqualTo("9999-12-31T23:59:59.999999999Z");
    }
}
