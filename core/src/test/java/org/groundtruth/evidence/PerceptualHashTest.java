package org.groundtruth.evidence;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PerceptualHashTest {
    private static double[] pattern(double phase) {
        double[] g = new double[32 * 32];
        for (int y = 0; y < 32; y++) for (int x = 0; x < 32; x++) g[y * 32 + x] = 128 + 100 * Math.sin(x / 5.0 + phase) * Math.cos(y / 7.0);
        return g;
    }

    @Test
    void brightnessAndContrastDoNotChangeTheHash() {
        double[] g = pattern(0);
        double[] brighter = new double[g.length];
        for (int i = 0; i < g.length; i++) brighter[i] = g[i] * 0.8 + 30;
        assertThat(PerceptualHash.ofGrey(g)).isEqualTo(PerceptualHash.ofGrey(brighter));
    }

    @Test
    void differentPicturesAreFarApart() {
        assertThat(PerceptualHash.ofGrey(pattern(0)).distance(PerceptualHash.ofGrey(pattern(2.5)))).isGreaterThan(PerceptualHash.NEAR_DUPLICATE_MAX_BITS);
    }

    @Test
    void roundTripsAsHexAndRefusesWrongSizes() {
        PerceptualHash h = new PerceptualHash(0x8000_0000_0000_0001L);
        assertThat(h.hex()).isEqualTo("8000000000000001");
        assertThat(PerceptualHash.parse(h.hex())).isEqualTo(h);
        assertThat(h.distance(new PerceptualHash(0))).isEqualTo(2);
        assertThatThrownBy(() -> PerceptualHash.ofGrey(new double[10])).hasMessageContaining("1024");
        assertThatThrownBy(() -> PerceptualHash.parse("xyz")).isInstanceOf(IllegalArgumentException.class);
    }
}
