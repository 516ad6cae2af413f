package org.groundtruth.textintake;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Floods are refused per sender and overall, with the time to wait; the window slides. */
class SubmissionThrottleTest {
    static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void oneSenderIsStoppedAtItsLimitOthersAreNot() {
        SubmissionThrottle t = new SubmissionThrottle(new SubmissionThrottle.Limits(3, Duration.ofHours(1), 100, Duration.ofHours(1)));
        for (int i = 0; i < 3; i++) assertThat(t.take("a", T0.plusSeconds(i)).allowed()).isTrue();
        SubmissionThrottle.Verdict v = t.take("a", T0.plusSeconds(10));
        assertThat(v.allowed()).isFalse();
        assertThat(v.senderLimit()).isTrue();
        assertThat(v.retryAfter()).isBetween(Duration.ofMinutes(59), Duration.ofMinutes(60).plusSeconds(1));
        assertThat(t.take("b", T0.plusSeconds(10)).allowed()).isTrue();
        assertThat(t.take("a", T0.plus(Duration.ofHours(1)).plusSeconds(1)).allowed()).as("the window slides").isTrue();
    }

    @Test
    void everyoneTogetherIsStoppedAtTheOverallLimit() {
        SubmissionThrottle t = new SubmissionThrottle(new SubmissionThrottle.Limits(5, Duration.ofHours(1), 4, Duration.ofMinutes(10)));
        for (int i = 0; i < 4; i++) assertThat(t.take("s" + i, T0).allowed()).isTrue();
        SubmissionThrottle.Verdict v = t.take("new", T0.plusSeconds(60));
        assertThat(v.allowed()).isFalse();
        assertThat(v.senderLimit()).isFalse();
        assertThat(t.take("new", T0.plus(Duration.ofMinutes(10)).plusSeconds(1)).allowed()).isTrue();
    }

    @Test
    void aSubmissionGivenBackDoesNotCount() {
        SubmissionThrottle t = new SubmissionThrottle(new SubmissionThrottle.Limits(1, Duration.ofHours(1), 10, Duration.ofHours(1)));
        assertThat(t.take("a", T0).allowed()).isTrue();
        t.giveBack("a", T0);
        assertThat(t.take("a", T0.plusSeconds(1)).allowed()).isTrue();
    }
}
