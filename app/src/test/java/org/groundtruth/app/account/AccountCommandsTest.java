package org.groundtruth.app.account;

import org.groundtruth.account.AccountStore;
import org.groundtruth.audit.AuditLog;
import org.groundtruth.storage.store.JdbcStore;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.groundtruth.account.Role;
import org.groundtruth.app.Main;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.storage.sqlite.SqliteIncidentStore;
import org.groundtruth.web.account.Secrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** user, audit and review commands as an operator runs them, on a real SQLite store. */
class AccountCommandsTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    Run run(String... args) {
        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            CommandLine cl = Main.commandLine();
            int exit = cl.execute(args);
            System.err.flush();
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void addsTheFirstAdminMakesAndRevokesATokenAndAuditsIt() throws Exception {
        Path data = dir.resolve("data");
        Path pw = dir.resolve("pw.txt");
        Files.writeString(pw, "a long enough password\n");
        Run add = run("user", "add", "amal", "--role", "admin", "--password-file", pw.toString(), "--data", data.toString());
        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).contains("added amal (admin");

        assertThat(run("user", "add", "amal", "--role", "viewer", "--password-file", pw.toString(), "--data", data.toString()).err())
                .contains("already exists");
        Run badRole = run("user", "add", "bob", "--role", "boss", "--password-file", pw.toString(), "--data", data.toString());
        assertThat(badRole.exit()).isEqualTo(2);
        assertThat(badRole.err()).contains("--role: 'boss' is not one of admin, investigator, reviewer, viewer");
        Files.writeString(pw, "short\n");
        assertThat(run("user", "add", "bob", "--role", "viewer", "--password-file", pw.toString(), "--data", data.toString()).err())
                .contains("at least 10 characters");

        Run token = run("user", "token", "amal", "--data", data.toString());
        assertThat(token.exit()).isZero();
        String secret = token.out().strip();
        assertThat(secret).startsWith(Secrets.TOKEN_PREFIX).hasSizeGreaterThan(40);
        try (var store = JdbcStore.sqlite(data)) {
            var stored = store.port(AccountStore.PORT).tokenByDigest(Secrets.digest(secret)).orElseThrow();
            assertThat(stored.revokedAt()).isNull();
            assertThat(stored.digest()).doesNotContain(secret);
            var u = store.port(AccountStore.PORT).user("AMAL").orElseThrow();
            assertThat(u.role()).isEqualTo(Role.ADMIN);
            assertThat(u.passwordHash()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("a long enough password");
        }
        assertThat(run("user", "list", "--data", data.toString()).out()).contains("amal").contains("admin").contains("1 live token");
        Run revoke = run("user", "revoke", "amal", "1", "--data", data.toString());
        assertThat(revoke.exit()).as(revoke.err()).isZero();
        assertThat(run("user", "revoke", "amal", "99", "--data", data.toString()).err()).contains("has no token 99");
        assertThat(run("user", "list", "--data", data.toString()).out()).contains("0 live tokens");

        Run verify = run("audit", "verify", "--data", data.toString());
        assertThat(verify.exit()).as(verify.err()).isZero();
        assertThat(verify.out()).contains("intact: 3 entries");
        Run export = run("audit", "export", "--data", data.toString());
        List<String> lines = export.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).contains("\"action\":\"user.add\"").contains("\"actor\":\"cli:");
        assertThat(export.out()).doesNotContain(secret).doesNotContain("argon2");
    }

    @Test
    void readsThePasswordFromStandardInputAndServesBeyondLoopbackOnlyWithAnAdmin() throws Exception {
        Path data = dir.resolve("data");
        Run refused = run("serve", "--host", "0.0.0.0", "--port", "0", "--data", data.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("--host 0.0.0.0: serving beyond loopback needs an admin first");
        java.io.InputStream oldIn = System.in;
        System.setIn(new java.io.ByteArrayInputStream("piped in passphrase\n".getBytes(StandardCharsets.UTF_8)));
        try {
            Run add = run("user", "add", "rania", "--role", "investigator", "--data", data.toString());
            assertThat(add.exit()).as(add.err()).isZero();
        } finally {
            System.setIn(oldIn);
        }
        try (var store = JdbcStore.sqlite(data)) {
            var u = store.port(AccountStore.PORT).user("rania").orElseThrow();
            assertThat(new org.groundtruth.web.account.Passwords().matches("piped in passphrase".toCharArray(), u.passwordHash())).isTrue();
        }
        assertThat(run("serve", "--host", "0.0.0.0", "--port", "0", "--data", data.toString()).err()).as("an investigator is not an admin")
                .contains("needs an admin first");
    }

    @Test
    void aTrustedProxyMustBeAnAddressAndThePublicUrlAnHttpUrl() throws Exception {
        Run refused = run("serve", "--port", "0", "--trusted-proxy", "proxy.example.org", "--data", dir.resolve("data").toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("--trusted-proxy: trusted proxy 'proxy.example.org' is not an IP address, CIDR block or range");
        Run noUrl = run("serve", "--port", "0", "--public-url", "example.org", "--data", dir.resolve("data").toString());
        assertThat(noUrl.exit()).isEqualTo(2);
        assertThat(noUrl.err()).contains("--public-url: public URL 'example.org' must be http(s)://host");
    }

    @Test
    void auditVerifyNamesTheEntryThatWasAltered() throws Exception {
        Path data = dir.resolve("data");
        try (var store = JdbcStore.sqlite(data)) {
            store.incidents().create(IncidentForTest.at(35.8, 36.6).on("2015-11-29").titled("Ariha").facts(), List.of());
            store.incidents().create(IncidentForTest.at(35.9, 36.6).on("2015-11-30").titled("Idlib").facts(), List.of());
        }
        assertThat(run("audit", "verify", "--data", data.toString()).exit()).isZero();
        Path ucdp = Path.of(System.getProperty("groundtruth.shared", "../shared")).resolve("data/ucdp-ged-syria/ucdp_ged_syria_2016_2019.csv");
        if (Files.exists(ucdp)) {
            Path small = dir.resolve("small.csv");
            Files.write(small, Files.readAllLines(ucdp, StandardCharsets.UTF_8).subList(0, 4), StandardCharsets.UTF_8);
            assertThat(run("import", small.toString(), "--format", "ucdp-ged", "--data", data.toString()).exit()).isZero();
            try (var store = JdbcStore.sqlite(data)) {
                assertThat(store.port(AuditLog.PORT).entries(0, 10, null, "import.")).singleElement()
                        .satisfies(e -> assertThat(e.actor()).isEqualTo(CliActor.actor()).startsWith("cli:"));
            }
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteIncidentStore.FILE_NAME)); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE audit_log SET actor = 'user:someone-else' WHERE seq = 1");
        }
        Run broken = run("audit", "verify", "--data", data.toString());
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).contains("entry 1 was altered");
    }

    @Test
    void reviewMovesAnIncidentThroughTheWorkflow() {
        Path data = dir.resolve("data");
        long id;
        String publicId;
        try (var store = JdbcStore.sqlite(data)) {
            var created = store.incidents().create(IncidentForTest.at(35.8, 36.6).on("2015-11-29").titled("Ariha").facts(), List.of());
            id = created.id();
            publicId = created.publicId();
        }
        Run skip = run("review", Long.toString(id), "--to", "published", "--data", data.toString());
        assertThat(skip.exit()).isEqualTo(2);
        assertThat(skip.err()).contains("cannot go from draft to published");
        assertThat(run("review", Long.toString(id), "--to", "in_review", "--data", data.toString()).exit()).isZero();
        assertThat(run("review", publicId.toUpperCase(java.util.Locale.ROOT), "--to", "published", "--data", data.toString()).exit())
                .as("the public id names the incident as well as its number").isZero();
        assertThat(run("review", Long.toString(id), "--to", "retracted", "--data", data.toString()).err()).contains("give a reason");
        assertThat(run("review", Long.toString(id), "--to", "retracted", "--reason", "wrong town", "--data", data.toString()).exit()).isZero();
        Run show = run("review", Long.toString(id), "--data", data.toString());
        assertThat(show.out()).contains("retracted").contains("published -> retracted").contains("(wrong town)");
        try (var store = JdbcStore.sqlite(data)) {
            assertThat(store.incidents().find(id).orElseThrow().status()).isEqualTo(IncidentStatus.RETRACTED);
            assertThat(store.port(AuditLog.PORT).about("incident:" + id)).extracting(e -> e.action())
                    .containsExactly("incident.create", "review.submit", "review.publish", "review.retract");
        }
        assertThat(run("review", "999", "--data", data.toString()).err()).contains("no incident 999");
        assertThat(run("review", "abc", "--data", data.toString()).err()).contains("no incident abc");
    }

    @Test
    void reviewTakesAnImportOrAFilterAndAuditsOneAct() {
        Path data = dir.resolve("data");
        long importId;
        try (var store = JdbcStore.sqlite(data)) {
            try (var w = store.incidents().beginImport(new org.groundtruth.ingest.ImportMeta("rows.csv", "test", null, "cli:amal"))) {
                for (int k = 0; k < 40; k++) {
                    w.upsert(IncidentForTest.at(35.8 + k * 0.001, 36.6).on("2016-01-0" + (1 + k % 9)).in("Town " + k, k < 25 ? "Idlib" : "Hama").record("row-" + k));
                }
                importId = w.commit().id();
            }
            store.incidents().create(IncidentForTest.at(35.8, 36.6).on("2016-01-01").in("Ariha", "Idlib").titled("typed in").facts(), List.of());
        }
        String d = data.toString();
        assertThat(run("review", "--import", Long.toString(importId), "--to", "in_review", "--data", d).err()).contains("--reason");
        assertThat(run("review", "5", "--import", Long.toString(importId), "--to", "in_review", "--reason", "x", "--data", d).err())
                .contains("name one incident (ID), or a selection");
        assertThat(run("review", "--filter", "limit=5", "--to", "in_review", "--reason", "x", "--data", d).err()).contains("--filter: 'limit' is not a filter");
        assertThat(run("review", "--import", "77", "--to", "in_review", "--reason", "x", "--data", d).err()).contains("no import 77");

        Run submit = run("review", "--import", Long.toString(importId), "--to", "in_review", "--reason", "rows checked", "--data", d);
        assertThat(submit.exit()).as(submit.err()).isZero();
        assertThat(submit.out()).contains("import " + importId + ": moved 40 of 40 incidents to in_review");
        Run dry = run("review", "--filter", "governorate=Idlib", "--to", "published", "--reason", "two sources", "--dry-run", "--data", d);
        assertThat(dry.out()).contains("governorate=Idlib: would move 25 of 26 incidents to published; left as they are: 1 draft");
        Run publish = run("review", "--filter", "governorate=Idlib", "--to", "published", "--reason", "two sources", "--data", d);
        assertThat(publish.out()).contains("governorate=Idlib: moved 25 of 26 incidents to published; left as they are: 1 draft");
        try (var store = JdbcStore.sqlite(data)) {
            var published = org.groundtruth.incident.IncidentQuery.all().withStatuses(java.util.EnumSet.of(IncidentStatus.PUBLISHED));
            assertThat(store.incidents().search(published).numberMatched()).isEqualTo(25);
            var acts = store.port(AuditLog.PORT).entries(0, 100, null, "review.bulk");
            assertThat(acts).extracting(e -> e.subject() + " " + e.reason()).containsExactly("import:" + importId + " rows checked", "incidents:filter two sources");
            assertThat(acts.getLast().actor()).startsWith("cli:");
            assertThat(acts.getLast().before()).contains("governorate=Idlib");
        }
    }

    @Test
    void reviewPublishesOrDiscardsACorrectionWaitingOnAPublishedIncident() {
        Path data = dir.resolve("data");
        long id;
        try (var store = JdbcStore.sqlite(data)) {
            var created = store.incidents().create(IncidentForTest.at(35.8, 36.6).on("2015-11-29").titled("Ariha").facts(), List.of());
            id = created.id();
            var reviews = store.port(org.groundtruth.review.IncidentReviews.PORT);
            reviews.move(id, IncidentStatus.IN_REVIEW, null, org.groundtruth.audit.ChangeNote.system("test"));
            reviews.move(id, IncidentStatus.PUBLISHED, null, org.groundtruth.audit.ChangeNote.system("test"));
            store.incidents().update(id, IncidentForTest.at(35.8, 36.6).on("2015-11-29").titled("Ariha market").facts(),
                    org.groundtruth.audit.ChangeNote.user("amal").because("the market"));
        }
        String d = data.toString();
        assertThat(run("review", Long.toString(id), "--data", d).out()).contains("a correction waits for review");
        assertThat(run("review", Long.toString(id), "--correction", "discard", "--data", d).err()).contains("--reason");
        assertThat(run("review", Long.toString(id), "--correction", "shelve", "--data", d).err()).contains("is not publish or discard");
        Run published = run("review", Long.toString(id), "--correction", "publish", "--reason", "sourced", "--data", d);
        assertThat(published.out()).as(published.err()).contains("correction published");
        assertThat(run("review", Long.toString(id), "--correction", "publish", "--data", d).err()).contains("no correction waits");
        try (var store = JdbcStore.sqlite(data)) {
            assertThat(store.incidents().find(id).orElseThrow().facts().title()).isEqualTo("Ariha market");
            assertThat(store.port(AuditLog.PORT).about("incident:" + id).getLast().reason()).isEqualTo("sourced");
        }
    }
}
