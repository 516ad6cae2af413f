package org.groundtruth.web.account;

import org.groundtruth.account.AccountStore;
import org.groundtruth.audit.AuditLog;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.groundtruth.account.Role;
import org.groundtruth.account.User;
import org.groundtruth.audit.AuditEntry;
import org.groundtruth.web.SecuritySettings;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server whose Argon2id cost was raised still lets users with older hashes in, and their first login stores a new
 * hash of the same password at the current cost without ending their other sessions (decision record 0701).
 */
class PasswordUpgradeTest {
    static final Passwords.Cost RAISED = new Passwords.Cost(2048, 2, 1);

    @TempDir
    Path dir;
    TestServer t;

    @BeforeEach
    void start() {
        SecuritySettings raised = new SecuritySettings(RAISED, TestServer.SECURITY.loginLimits(), TestServer.SECURITY.sessions(), TestServer.SECURITY.clock());
        t = new TestServer(dir, raised);
    }

    @AfterEach
    void stop() {
        t.close();
    }

    @Test
    void aLoginRehashesAnOldHashAtTheCurrentCostAndKeepsOtherSessions() {
        User amal = t.addUser("amal", Role.ADMIN); // hashed at TestServer.TEST_COST, lower than the server's
        String oldHash = amal.passwordHash();
        assertThat(oldHash).contains("m=1024,t=1,p=1");
        TestServer.Client laptop = t.login("amal", TestServer.PASSWORD);

        String newHash = t.store.port(AccountStore.PORT).user(amal.id()).orElseThrow().passwordHash();
        assertThat(newHash).startsWith("$argon2id$v=19$m=2048,t=2,p=1$").isNotEqualTo(oldHash);
        assertThat(new Passwords(RAISED).matches(TestServer.PASSWORD.toCharArray(), newHash)).isTrue();
        assertThat(t.store.port(AuditLog.PORT).about("user:" + amal.id())).extracting(AuditEntry::action).containsExactly("user.add", "user.password.rehash");
        assertThat(t.store.port(AuditLog.PORT).about("user:" + amal.id()).getLast().after()).doesNotContain(newHash).doesNotContain("argon2");

        // the session made by that login still works; a second login checks the new hash and changes nothing
        assertThat(laptop.get("/api/session").json().at("/user/name").asText()).isEqualTo("amal");
        TestServer.Client phone = t.login("amal", TestServer.PASSWORD);
        assertThat(t.store.port(AccountStore.PORT).user(amal.id()).orElseThrow().passwordHash()).isEqualTo(newHash);
        assertThat(t.store.port(AuditLog.PORT).about("user:" + amal.id())).hasSize(2);
        assertThat(laptop.get("/api/session").json().at("/user/name").asText()).isEqualTo("amal");
        assertThat(phone.get("/api/session").json().at("/user/name").asText()).isEqualTo("amal");
    }

    @Test
    void aWrongPasswordNeverRehashes() {
        User amal = t.addUser("amal", Role.ADMIN);
        assertThat(t.anonymous().send("POST", "/api/session", "{\"name\": \"amal\", \"password\": \"not the password at all\"}").status()).isEqualTo(401);
        assertThat(t.store.port(AccountStore.PORT).user(amal.id()).orElseThrow().passwordHash()).isEqualTo(amal.passwordHash());
    }

    @Test
    void needsRehashComparesTheCostWrittenInTheHash() {
        Passwords current = new Passwords(RAISED);
        assertThat(current.needsRehash(new Passwords(TestServer.TEST_COST).hash("a long password".toCharArray()))).isTrue();
        assertThat(current.needsRehash(current.hash("a long password".toCharArray()))).isFalse();
        assertThat(current.needsRehash("not a hash")).isFalse();
        assertThat(current.needsRehash(null)).isFalse();
    }
}
