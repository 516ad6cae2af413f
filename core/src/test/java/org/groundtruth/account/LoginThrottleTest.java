package org.groundtruth.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The throttle's policy over a plain list of failures (the stores' own tables are tested by AccountsContract). */
class LoginThrottleTest {
    static final Instant T0 = Instant.parse("2026-01-10T09:00:00Z");

    /** Failures in a list, as the store keeps them. */
    static final class ListedFailures implements LoginFailures {
        record Failure(String key, Instant at) {
        }

        final List<Failure> rows = new ArrayList<>();

        @Override
        public void add(List<String> keys, Instant at) {
            keys.forEach(k -> rows.add(new Failure(k, at)));
        }

        @Override
        public List<Instant> since(String key, Instant after) {
            return rows.stream().filter(f -> f.key().equals(key) && f.at().isAfter(after)).map(Failure::at).sorted().toList();
        }

        @Override
        public void clear(String key) {
            rows.removeIf(f -> f.key().equals(key));
        }

        @Override
        public int forgetUpTo(Instant cutoff) {
            int before = rows.size();
            rows.removeIf(f -> !f.at().isAfter(cutoff));
            return before - rows.size();
        }
    }

    final ListedFailures failures = new ListedFailures();
    final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Limits(3, 5, Duration.ofMinutes(15)), failures);

    @Test
    void theAccountWaitsUntilItsOldestCountedFailureLeavesTheWindow() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.refusal("Amal", "10.0.0.1", T0.plusSeconds(i))).isEmpty();
            throttle.failed("Amal", "10.0.0.1", T0.plusSeconds(i));
        }
        // names are matched whatever their case and surrounding spaces
        assertThat(throttle.refusal(" amal ", "10.0.0.2", T0.plusSeconds(10))).contains(Duration.ofMinutes(15).minusSeconds(10));
        assertThat(throttle.refusal("basel", "10.0.0.1", T0.plusSeconds(10))).isEmpty();
        assertThat(throttle.refusal("amal", "10.0.0.2", T0.plusSeconds(15 * 60))).as("the first failure has left the window").isEmpty();
    }

    @Test
    void anAddressSprayingNamesIsStoppedAndASuccessClearsOnlyTheAccount() {
        for (int i = 0; i < 5; i++) throttle.failed("name" + i, "10.0.0.9", T0.plusSeconds(i));
        assertThat(throttle.refusal("someone", "10.0.0.9", T0.plusSeconds(6))).isPresent();
        assertThat(throttle.refusal("someone", "10.0.0.8", T0.plusSeconds(6))).isEmpty();
        throttle.succeeded("name0");
        assertThat(throttle.refusal("name0", "10.0.0.8", T0.plusSeconds(6))).isEmpty();
        assertThat(throttle.refusal("name0", "10.0.0.9", T0.plusSeconds(6))).isPresent();
    }

    @Test
    void theStoreSeesDigestsNeverNamesOrAddressesAndOldRowsGo() {
        throttle.failed("Amal", "192.0.2.7", T0);
        throttle.failed("basel", "192.0.2.8", T0.plus(Duration.ofMinutes(20)));
        assertThat(failures.rows).hasSize(2).allSatisfy(f -> assertThat(f.key()).matches("[0-9a-f]{64}"));
        assertThat(failures.rows.toString()).doesNotContain("mal").doesNotContain("192.0.2").doesNotContain("basel");
    }
}
