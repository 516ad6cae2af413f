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
    static class ListedFailures implements LoginFailures {
        record Failure(long id, String key, Instant at) {
        }

        final List<Failure> rows = new ArrayList<>();
        long nextId = 1;

        @Override
        public List<Long> add(List<String> keys, Instant at) {
            List<Long> ids = new ArrayList<>();
            for (String k : keys) {
                rows.add(new Failure(nextId, k, at));
                ids.add(nextId++);
            }
            return ids;
        }

        @Override
        public List<Instant> since(String key, Instant after) {
            return rows.stream().filter(f -> f.key().equals(key) && f.at().isAfter(after)).map(Failure::at).sorted().toList();
        }

        @Override
        public void remove(List<Long> ids) {
            rows.removeIf(f -> ids.contains(f.id()));
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
        for (int i = 0; i < 3; i++) assertThat(throttle.attempt("Amal", "10.0.0.1", T0.plusSeconds(i))).isInstanceOf(LoginThrottle.Allowed.class);
        // names are matched whatever their case and surrounding spaces; the wait runs from the first failure
        assertThat(throttle.attempt(" amal ", "10.0.0.2", T0.plusSeconds(10))).isEqualTo(new LoginThrottle.Refused(Duration.ofMinutes(15).minusSeconds(10)));
        assertThat(throttle.attempt("basel", "10.0.0.1", T0.plusSeconds(10))).isInstanceOf(LoginThrottle.Allowed.class);
        assertThat(throttle.attempt("amal", "10.0.0.2", T0.plusSeconds(15 * 60))).as("the first failure has left the window")
                .isInstanceOf(LoginThrottle.Allowed.class);
    }

    @Test
    void refusedAttemptsAreNotCountedSoHammeringDoesNotExtendTheWait() {
        for (int i = 0; i < 3; i++) throttle.attempt("amal", "10.0.0." + i, T0);
        int counted = failures.rows.size();
        for (int i = 0; i < 10; i++) assertThat(throttle.attempt("amal", "10.0.1." + i, T0.plusSeconds(60 + i))).isInstanceOf(LoginThrottle.Refused.class);
        assertThat(failures.rows).hasSize(counted);
    }

    @Test
    void aSuccessTakesItsAttemptBackAndClearsOnlyTheAccount() {
        for (int i = 0; i < 4; i++) throttle.attempt("name" + i, "10.0.0.9", T0.plusSeconds(i));
        var mine = (LoginThrottle.Allowed) throttle.attempt("amal", "10.0.0.9", T0.plusSeconds(5));
        assertThat(throttle.attempt("someone", "10.0.0.9", T0.plusSeconds(6))).as("five from the address").isInstanceOf(LoginThrottle.Refused.class);
        throttle.succeeded(mine);
        var next = throttle.attempt("someone", "10.0.0.9", T0.plusSeconds(7));
        assertThat(next).as("the right password no longer counts against the address").isInstanceOf(LoginThrottle.Allowed.class);
        throttle.succeeded((LoginThrottle.Allowed) next);
        throttle.attempt("name0", "10.0.0.8", T0.plusSeconds(8));
        assertThat(failures.since(LoginThrottle.accountKey("name0"), T0.minusSeconds(1))).hasSize(2);
    }

    @Test
    void anAttemptOvertakenByAnotherServerIsRefusedOnTheSecondReadingAndTakenBack() {
        // another server counts a guess on the same account between this attempt's first reading and its own count
        ListedFailures racing = new ListedFailures() {
            @Override
            public List<Long> add(List<String> keys, Instant at) {
                super.add(List.of(LoginThrottle.accountKey("amal")), at);
                return super.add(keys, at);
            }
        };
        racing.add(List.of(LoginThrottle.accountKey("amal"), LoginThrottle.accountKey("amal")), T0);
        LoginThrottle t = new LoginThrottle(new LoginThrottle.Limits(3, 5, Duration.ofMinutes(15)), racing);

        assertThat(t.attempt("amal", "10.0.0.1", T0.plusSeconds(1))).isInstanceOf(LoginThrottle.Refused.class);
        assertThat(racing.rows).as("the two earlier guesses and the other server's; this attempt's own rows taken back").hasSize(3)
                .noneMatch(f -> f.key().equals(LoginThrottle.addressKey("10.0.0.1")));
    }

    @Test
    void theStoreSeesDigestsNeverNamesOrAddressesAndOldRowsGo() {
        throttle.attempt("Amal", "192.0.2.7", T0);
        throttle.attempt("basel", "192.0.2.8", T0.plus(Duration.ofMinutes(20)));
        assertThat(failures.rows).hasSize(2).allSatisfy(f -> assertThat(f.key()).matches("[0-9a-f]{64}"));
        assertThat(failures.rows.toString()).doesNotContain("mal").doesNotContain("192.0.2").doesNotContain("basel");
    }
}
