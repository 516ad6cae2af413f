package org.groundtruth.storage.account;

import org.groundtruth.audit.AuditLog;
import org.groundtruth.review.IncidentReviews;
import org.groundtruth.store.Store;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.groundtruth.account.AccountStore;
import org.groundtruth.account.ApiToken;
import org.groundtruth.account.Role;
import org.groundtruth.account.LoginFailures;
import org.groundtruth.account.Session;
import org.groundtruth.account.User;
import org.groundtruth.audit.AuditEntry;
import org.groundtruth.audit.AuditRecord;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The accounts, audit and review ports on a real store: subclasses say how to make a fresh one (SQLite, PostgreSQL)
 * and how to reach its database directly (to tamper with the audit log as an attacker with database access would).
 */
public abstract class AccountsContract {
    protected Store store;
    static final ChangeNote BY_AMAL = ChangeNote.user("amal").because("testing");

    protected abstract Store newStore() throws Exception;

    protected abstract String jdbcUrl();

    @BeforeEach
    void open() throws Exception {
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        if (store != null) store.close();
    }

    @Test
    void usersAreUniqueByNameWhateverTheCaseAndKeptWithTheirRole() {
        AccountStore a = store.port(AccountStore.PORT);
        User amal = a.addUser("Amal", Role.ADMIN, "$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$aGFzaA", BY_AMAL);
        assertThat(a.user("amal")).contains(amal);
        assertThat(a.user(amal.id())).contains(amal);
        assertThatThrownBy(() -> a.addUser("AMAL", Role.VIEWER, "x", BY_AMAL)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> a.addUser("bad name", Role.VIEWER, "x", BY_AMAL)).isInstanceOf(IllegalArgumentException.class);
        a.addUser("basel", Role.VIEWER, "h", BY_AMAL);
        assertThat(a.users()).extracting(User::name).containsExactly("Amal", "basel");
        assertThat(a.countUsers()).isEqualTo(2);
        User promoted = a.changeRole(a.user("basel").orElseThrow().id(), Role.REVIEWER, BY_AMAL);
        assertThat(promoted.role()).isEqualTo(Role.REVIEWER);
        assertThat(store.port(AuditLog.PORT).entries(0, 100, null, "user.")).extracting(AuditEntry::action).containsExactly("user.add", "user.add", "user.role");
        assertThat(store.port(AuditLog.PORT).entries(0, 100, null, null).toString()).doesNotContain("argon2");
    }

    @Test
    void tokensAreFoundByDigestRevokedOnlyByTheirOwnerAndDisablingRevokesThem() {
        AccountStore a = store.port(AccountStore.PORT);
        User amal = a.addUser("amal", Role.ADMIN, "h", BY_AMAL);
        User basel = a.addUser("basel", Role.VIEWER, "h", BY_AMAL);
        Instant expires = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        ApiToken t = a.addToken(amal.id(), "script", "d1", expires, BY_AMAL);
        assertThat(a.tokenByDigest("d1")).contains(t);
        assertThat(t.expiresAt()).isEqualTo(expires);
        assertThat(a.revokeToken(basel.id(), t.id(), BY_AMAL)).as("another user's token").isFalse();
        assertThat(a.tokenByDigest("d1").orElseThrow().revokedAt()).isNull();
        assertThat(a.revokeToken(amal.id(), t.id(), BY_AMAL)).isTrue();
        assertThat(a.tokenByDigest("d1").orElseThrow().usableAt(Instant.now())).isFalse();

        ApiToken t2 = a.addToken(basel.id(), "cli", "d2", null, BY_AMAL);
        a.addSession(new Session("s1", basel.id(), "csrf", Instant.now(), Instant.now()));
        a.setDisabled(basel.id(), true, BY_AMAL);
        assertThat(a.tokenByDigest("d2").orElseThrow().revokedAt()).isNotNull();
        assertThat(a.session("s1")).isEmpty();
        assertThat(a.tokens(basel.id())).extracting(ApiToken::id).containsExactly(t2.id());
    }

    @Test
    void sessionsAreTouchedAndExpired() {
        AccountStore a = store.port(AccountStore.PORT);
        User amal = a.addUser("amal", Role.ADMIN, "h", BY_AMAL);
        Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
        a.addSession(new Session("old", amal.id(), "c1", t0, t0));
        a.addSession(new Session("new", amal.id(), "c2", t0.plusSeconds(3600), t0.plusSeconds(3600)));
        a.touchSession("new", t0.plusSeconds(7200));
        assertThat(a.session("new").orElseThrow().lastSeenAt()).isEqualTo(t0.plusSeconds(7200));
        assertThat(a.removeExpiredSessions(t0.plusSeconds(1800), t0.minusSeconds(1))).isEqualTo(1);
        assertThat(a.session("old")).isEmpty();
        a.removeSession("new");
        assertThat(a.session("new")).isEmpty();
    }

    @Test
    void aPasswordHashIsUpgradedOnlyWhileUnchangedAndKeepsTheSessions() {
        AccountStore a = store.port(AccountStore.PORT);
        User amal = a.addUser("amal", Role.ADMIN, "old-hash", BY_AMAL);
        Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
        a.addSession(new Session("s1", amal.id(), "c1", t0, t0));
        assertThat(a.upgradePasswordHash(amal.id(), "old-hash", "new-hash", ChangeNote.user("amal").because("cost raised"))).isTrue();
        assertThat(a.user(amal.id()).orElseThrow().passwordHash()).isEqualTo("new-hash");
        assertThat(a.session("s1")).isPresent();
        assertThat(store.port(AuditLog.PORT).about("user:" + amal.id())).extracting(AuditEntry::action).containsExactly("user.add", "user.password.rehash");

        // the password was changed meanwhile: the upgrade computed from the old one must not overwrite it
        long entries = store.port(AuditLog.PORT).count();
        assertThat(a.upgradePasswordHash(amal.id(), "old-hash", "stale-hash", BY_AMAL)).isFalse();
        assertThat(a.user(amal.id()).orElseThrow().passwordHash()).isEqualTo("new-hash");
        assertThat(store.port(AuditLog.PORT).count()).isEqualTo(entries);
        assertThat(store.port(AuditLog.PORT).verify()).isEmpty();
    }

    @Test
    void loginFailuresAreKeptPerKeyInOrderAndForgottenByAge() {
        LoginFailures f = store.port(AccountStore.PORT).loginFailures();
        Instant t0 = Instant.parse("2026-01-01T10:00:00Z");
        // sub-second times, out of order across keys: the store must order them as times, not as text
        List<Long> first = f.add(List.of("name-digest", "address-digest"), t0.plusMillis(900));
        assertThat(first).hasSize(2).doesNotHaveDuplicates();
        f.add(List.of("name-digest"), t0.plusSeconds(1));
        f.add(List.of("other-digest"), t0.minusSeconds(60));
        assertThat(f.since("name-digest", t0)).containsExactly(t0.plusMillis(900), t0.plusSeconds(1));
        assertThat(f.since("name-digest", t0.plusMillis(900))).containsExactly(t0.plusSeconds(1));
        assertThat(f.since("address-digest", t0)).containsExactly(t0.plusMillis(900));
        assertThat(f.since("unknown", t0.minusSeconds(3600))).isEmpty();

        assertThat(f.forgetUpTo(t0)).isEqualTo(1);
        assertThat(f.since("other-digest", t0.minusSeconds(3600))).isEmpty();
        f.clear("name-digest");
        assertThat(f.since("name-digest", t0)).isEmpty();
        assertThat(f.since("address-digest", t0)).hasSize(1);
        f.remove(first);
        assertThat(f.since("address-digest", t0)).isEmpty();
    }

    @Test
    void everyWriteToTheLedgerIsAuditedInItsTransactionAndTheChainVerifies() {
        Incident i = store.incidents().create(IncidentForTest.at(35.8, 36.6).on("2015-11-29").titled("Ariha").facts(), List.of(), BY_AMAL);
        store.incidents().update(i.id(), IncidentForTest.at(35.8, 36.6).on("2015-11-29").titled("Ariha market").facts(), ChangeNote.user("amal").because("the market"));
        try (ImportWriter w = store.incidents().beginImport(new ImportMeta("x.csv", "test", "abc"))) {
            w.upsert(IncidentForTest.at(36.0, 36.7).on("2015-11-30").titled("Imported").record("k1"));
            w.commit();
        }
        List<AuditEntry> about = store.port(AuditLog.PORT).about("incident:" + i.id());
        assertThat(about).extracting(AuditEntry::action).containsExactly("incident.create", "incident.update");
        AuditEntry update = about.get(1);
        assertThat(update.actor()).isEqualTo("user:amal");
        assertThat(update.reason()).isEqualTo("the market");
        assertThat(update.before()).contains("\"title\":\"Ariha\"");
        assertThat(update.after()).contains("\"title\":\"Ariha market\"");
        assertThat(store.port(AuditLog.PORT).entries(0, 10, null, "import.")).singleElement().satisfies(e -> assertThat(e.after()).contains("\"inserted\":1"));
        assertThat(store.port(AuditLog.PORT).verify()).isEmpty();

        // a change that fails leaves no entry behind
        long before = store.port(AuditLog.PORT).count();
        assertThatThrownBy(() -> store.incidents().update(999_999, IncidentForTest.at(1, 1).on("2015-01-01").facts(), BY_AMAL));
        assertThat(store.port(AuditLog.PORT).count()).isEqualTo(before);
    }

    @Test
    void tamperingWithTheLogIsFoundAndNamed() throws Exception {
        for (int k = 0; k < 5; k++) store.port(AuditLog.PORT).append(new AuditRecord(BY_AMAL, "test.entry", "thing:" + k, null, "{\"k\":" + k + "}"));
        assertThat(store.port(AuditLog.PORT).verify()).isEmpty();
        try (Connection c = DriverManager.getConnection(jdbcUrl()); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_log SET after = '{\"k\":99}' WHERE seq = 3");
        }
        assertThat(store.port(AuditLog.PORT).verify()).hasValueSatisfying(p -> assertThat(p).startsWith("entry 3 was altered"));
        try (Connection c = DriverManager.getConnection(jdbcUrl()); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_log SET after = '{\"k\":2}' WHERE seq = 3");
            s.executeUpdate("DELETE FROM audit_log WHERE seq = 4");
        }
        assertThat(store.port(AuditLog.PORT).verify()).hasValueSatisfying(p -> assertThat(p).isEqualTo("entry 4 is missing (next stored is 5)"));
        try (Connection c = DriverManager.getConnection(jdbcUrl()); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM audit_log WHERE seq = 5");
        }
        assertThat(store.port(AuditLog.PORT).verify()).hasValueSatisfying(p -> assertThat(p).contains("the log ends at entry 3 but its head says 5"));
    }

    @Test
    void concurrentAppendsNeverForkTheChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int k = 0; k < 40; k++) {
                int n = k;
                done.add(pool.submit(() -> store.port(AuditLog.PORT).append(new AuditRecord(BY_AMAL, "test.entry", "thing:" + n, null, null))));
            }
            for (Future<?> f : done) f.get();
        } finally {
            pool.shutdown();
        }
        assertThat(store.port(AuditLog.PORT).count()).isEqualTo(40);
        assertThat(store.port(AuditLog.PORT).verify()).isEmpty();
    }

    @Test
    void reviewMovesFollowTheRulesAndThePublicQuerySeesOnlyPublished() {
        Incident i = store.incidents().create(IncidentForTest.at(35.8, 36.6).on("2015-11-29").titled("Ariha").facts(), List.of(), BY_AMAL);
        Incident other = store.incidents().create(IncidentForTest.at(35.9, 36.6).on("2015-11-30").titled("Idlib").facts(), List.of(), BY_AMAL);
        var published = IncidentQuery.all().withStatuses(EnumSet.of(IncidentStatus.PUBLISHED));
        assertThat(store.incidents().search(published).numberMatched()).isZero();
        assertThatThrownBy(() -> store.port(IncidentReviews.PORT).move(i.id(), IncidentStatus.PUBLISHED, Role.REVIEWER, BY_AMAL))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot go from draft to published");
        assertThatThrownBy(() -> store.port(IncidentReviews.PORT).move(i.id(), IncidentStatus.IN_REVIEW, Role.VIEWER, BY_AMAL))
                .isInstanceOf(IllegalStateException.class).hasMessage("a viewer may not submit an incident (draft to in_review)");
        store.port(IncidentReviews.PORT).move(i.id(), IncidentStatus.IN_REVIEW, Role.INVESTIGATOR, ChangeNote.user("rania"));
        assertThatThrownBy(() -> store.port(IncidentReviews.PORT).move(i.id(), IncidentStatus.PUBLISHED, Role.INVESTIGATOR, ChangeNote.user("rania")))
                .isInstanceOf(IllegalStateException.class);
        Incident done = store.port(IncidentReviews.PORT).move(i.id(), IncidentStatus.PUBLISHED, Role.REVIEWER, ChangeNote.user("sami").because("two sources"));
        assertThat(done.status()).isEqualTo(IncidentStatus.PUBLISHED);
        assertThat(store.incidents().search(published).items()).extracting(Incident::id).containsExactly(i.id());
        assertThat(store.incidents().stats(published).total()).isEqualTo(1);
        assertThat(store.incidents().search(IncidentQuery.all().withStatuses(EnumSet.noneOf(IncidentStatus.class))).numberMatched()).isZero();
        assertThatThrownBy(() -> store.port(IncidentReviews.PORT).move(i.id(), IncidentStatus.RETRACTED, Role.REVIEWER, ChangeNote.user("sami")))
                .hasMessageContaining("give a reason");
        store.port(IncidentReviews.PORT).move(i.id(), IncidentStatus.RETRACTED, Role.REVIEWER, ChangeNote.user("sami").because("wrong town"));
        assertThat(store.port(IncidentReviews.PORT).history(i.id())).extracting(s -> s.to() + " by " + s.actor() + " " + s.reason())
                .containsExactly("IN_REVIEW by user:rania null", "PUBLISHED by user:sami two sources", "RETRACTED by user:sami wrong town");
        assertThat(store.port(AuditLog.PORT).about("incident:" + i.id())).extracting(AuditEntry::action)
                .containsExactly("incident.create", "review.submit", "review.publish", "review.retract");
        assertThat(store.port(IncidentReviews.PORT).publishAllDrafts(ChangeNote.system("demo"))).isEqualTo(1);
        assertThat(store.incidents().find(other.id()).orElseThrow().status()).isEqualTo(IncidentStatus.PUBLISHED);
        assertThat(store.port(AuditLog.PORT).verify()).isEmpty();
    }
}
