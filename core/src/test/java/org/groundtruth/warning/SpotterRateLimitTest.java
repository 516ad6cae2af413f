package org.groundtruth.warning;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SpotterRateLimitTest {
    private static final Instant T = Instant.parse("2015-11-29T09:35:00Z");

    @Test
    void aFloodFromOneSpotterIsCutWhileOthersPassUntouched() {
        SpotterRateLimit limit = new SpotterRateLimit(5, 30);
        int accepted = 0;
        for (int i = 0; i < 100; i++) if (limit.tryAcquire("flooder", T)) accepted++;
        assertThat(accepted).isEqualTo(5);
        assertThat(limit.retryAfter("flooder", T)).isEqualTo(Duration.ofSeconds(2));
        for (int i = 0; i < 5; i++) assertThat(limit.tryAcquire("other-" + i, T)).isTrue();
        assertThat(limit.tryAcquire("flooder", T.plusSeconds(2))).as("refilled at 30 a minute").isTrue();
        assertThat(limit.tryAcquire("flooder", T.plusSeconds(2))).isFalse();
    }

    @Test
    void idleSpottersAreForgotten() {
        SpotterRateLimit limit = new SpotterRateLimit(2, 10);
        for (int i = 0; i < 50; i++) limit.tryAcquire("s" + i, T);
        limit.tryAcquire("late", T.plus(Duration.ofHours(2)));
        assertThat(limit.tracked()).isEqualTo(1);
    }
}
