package org.groundtruth.storage.testimony;

import org.groundtruth.audit.AuditLog;
import org.groundtruth.store.Store;
import org.groundtruth.testimony.TestimonyLedger;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.testimony.Audience;
import org.groundtruth.testimony.Consent;
import org.groundtruth.testimony.KeyRing;
import org.groundtruth.testimony.ProtectionException;
import org.groundtruth.testimony.TestimonyKey;
import org.groundtruth.testimony.TestimonyView;
import org.groundtruth.testimony.WitnessIdentity;
import org.groundtruth.testimony.WitnessProtection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.List;
import java.util.NoSuchElementException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.groundtruth.testimony.StatementForTest.WITNESS_CONTACT;
import static org.groundtruth.testimony.StatementForTest.WITNESS_NAME;
import static org.groundtruth.testimony.StatementForTest.identity;
import static org.groundtruth.testimony.StatementForTest.statement;

/**
 * What every testimony ledger must do, on a real store: statements round-trip, identities are stored sealed and
 * nowhere in plaintext, a tampered or moved envelope is refused, a missing or wrong key is refused at start, keys
 * rotate, and neither search nor the incident's JSON-able facts ever carry the witness's name.
 */
public abstract class TestimonyLedgerContract {
    protected Store store;
    protected final SecureRandom random = new SecureRandom();
    protected final TestimonyKey key = TestimonyKey.generate(random);
    protected Incident ariha;

    protected abstract Store newStore() throws Exception;

    protected abstract Store reopen();

    /** Runs SQL on the store's database directly (to tamper with it as an attacker with the file would). */
    protected abstract void execute(String sql) throws Exception;

    /** True when the stored bytes (the database file(s), or every table's text) contain {@code text}. */
    protected abstract boolean storedBytesContain(String text) throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = newStore();
        ariha = store.incidents().create(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Market in Ariha").in("Ariha", "Idlib").facts(), List.of());
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    WitnessProtection protection() {
        return WitnessProtection.open(store.port(TestimonyLedger.PORT), KeyRing.of(key));
    }

    @Test
    void aStatementRoundTripsAndEachAudienceSeesWhatItMay() {
        TestimonyView added = protection().add(ariha.id(), statement(Consent.INTERNAL_ONLY), identity());
        assertThat(added.identity().name()).isEqualTo(WITNESS_NAME);

        WitnessProtection p = protection();
        TestimonyView forInvestigator = p.forIncident(ariha.id(), Audience.INVESTIGATOR).getFirst();
        assertThat(forInvestigator.identity()).isEqualTo(new WitnessIdentity(WITNESS_NAME, WITNESS_CONTACT));
        assertThat(forInvestigator.pseudonym()).isEqualTo("Witness A, Ariha");
        assertThat(forInvestigator.interviewedOn()).isEqualTo(java.time.LocalDate.of(2015, 12, 2));
        assertThat(forInvestigator.language()).isEqualTo("ar");
        assertThat(forInvestigator.consent()).isEqualTo(Consent.INTERNAL_ONLY);

        TestimonyView forReviewer = p.forIncident(ariha.id(), Audience.REVIEWER).getFirst();
        assertThat(forReviewer.identity()).isNull();
        assertThat(forReviewer.text()).contains("vegetable stalls");

        TestimonyView forViewer = p.forIncident(ariha.id(), Audience.VIEWER).getFirst();
        assertThat(forViewer.text()).isNull();
        assertThat(forViewer.textWithheld()).isTrue();
        assertThat(forViewer.interviewer()).isNull();
        assertThat(p.forIncident(ariha.id(), Audience.PUBLIC)).isEmpty();
        assertThat(p.find(added.id(), Audience.PUBLIC)).isEmpty();
        assertThat(p.find(added.id(), Audience.ADMIN).orElseThrow().identity().contact()).isEqualTo(WITNESS_CONTACT);
    }

    @Test
    void publishableStatementsShowTheirTextToThePublicButNeverTheName() {
        WitnessProtection p = protection();
        p.add(ariha.id(), statement("Witness B", Consent.PUBLISH_WITH_NAME), identity());
        TestimonyView pub = p.forIncident(ariha.id(), Audience.PUBLIC).getFirst();
        assertThat(pub.text()).contains("vegetable stalls");
        assertThat(pub.identity()).isNull();
        assertThat(pub.toString()).doesNotContain(WITNESS_NAME);
    }

    @Test
    void theStoredBytesHoldNoPlaintextIdentity() throws Exception {
        WitnessProtection p = protection();
        for (int i = 0; i < 20; i++) p.add(ariha.id(), statement("Witness " + i, Consent.INTERNAL_ONLY), identity());
        store.close();
        store = null;
        assertThat(storedBytesContain("Witness 7")).as("the check finds what is there").isTrue();
        assertThat(storedBytesContain(WITNESS_NAME)).isFalse();
        assertThat(storedBytesContain("Qarawiyyin")).isFalse();
        assertThat(storedBytesContain("944 771")).isFalse();
        assertThat(storedBytesContain("@zq_ariha")).isFalse();
        assertThat(storedBytesContain(java.util.Base64.getEncoder().encodeToString(key.encoded()))).as("nor the key").isFalse();
        store = reopen();
        assertThat(protection().forIncident(ariha.id(), Audience.ADMIN)).hasSize(20)
                .allSatisfy(v -> assertThat(v.identity().name()).isEqualTo(WITNESS_NAME));
    }

    @Test
    void aTamperedEnvelopeIsRefusedNamingTheRecord() throws Exception {
        long id = protection().add(ariha.id(), statement(Consent.INTERNAL_ONLY), identity()).id();
        // flip the last byte of the tag
        execute(store.info().kind().equals("postgresql")
                ? "UPDATE testimonies SET name_sealed = overlay(name_sealed placing set_byte(substring(name_sealed from length(name_sealed) for 1), 0, get_byte(substring(name_sealed from length(name_sealed) for 1), 0) # 1) from length(name_sealed) for 1)"
                : "UPDATE testimonies SET name_sealed = substr(name_sealed, 1, length(name_sealed) - 1) || CASE WHEN substr(name_sealed, -1) = x'00' THEN x'01' ELSE x'00' END");
        WitnessProtection p = protection();
        assertThatThrownBy(() -> p.find(id, Audience.ADMIN)).isInstanceOf(ProtectionException.class)
                .hasMessageContaining("testimony/" + id + "/name").hasMessageContaining("integrity check").hasMessageNotContaining(WITNESS_NAME);
        assertThat(p.find(id, Audience.REVIEWER)).as("what needs no key still reads").isPresent();
    }

    @Test
    void envelopesSwappedBetweenRowsAreRefused() throws Exception {
        WitnessProtection p = protection();
        long a = p.add(ariha.id(), statement("Witness A", Consent.INTERNAL_ONLY), identity()).id();
        long b = p.add(ariha.id(), statement("Witness B", Consent.INTERNAL_ONLY), new WitnessIdentity("Someone Else", null)).id();
        execute("UPDATE testimonies SET name_sealed = (SELECT name_sealed FROM testimonies WHERE id = " + a + ") WHERE id = " + b);
        assertThatThrownBy(() -> p.find(b, Audience.ADMIN)).isInstanceOf(ProtectionException.class).hasMessageContaining("testimony/" + b + "/name");
        assertThat(p.find(a, Audience.ADMIN).orElseThrow().identity().name()).isEqualTo(WITNESS_NAME);
    }

    @Test
    void startingWithProtectedDataAndNoKeyIsRefusedClearly() {
        protection().add(ariha.id(), statement(Consent.INTERNAL_ONLY), identity());
        assertThatThrownBy(() -> WitnessProtection.open(store.port(TestimonyLedger.PORT), null)).isInstanceOf(ProtectionException.class)
                .hasMessageContaining("holds 1 witness statement").hasMessageContaining("--key-file").hasMessageContaining("GROUNDTRUTH_KEY");
    }

    @Test
    void anEmptyStoreOpensWithoutAKeyButCannotAddWithoutOne() {
        WitnessProtection p = WitnessProtection.open(store.port(TestimonyLedger.PORT), null);
        assertThatThrownBy(() -> p.add(ariha.id(), statement(Consent.INTERNAL_ONLY), identity())).isInstanceOf(ProtectionException.class)
                .hasMessageContaining("needs the testimony key");
        assertThat(store.port(TestimonyLedger.PORT).count()).isZero();
    }

    @Test
    void aWrongKeyIsRefusedAtStartByItsCheckValue() {
        protection().add(ariha.id(), statement(Consent.INTERNAL_ONLY), identity());
        TestimonyKey wrong = TestimonyKey.generate(random);
        assertThatThrownBy(() -> WitnessProtection.open(store.port(TestimonyLedger.PORT), KeyRing.of(wrong))).isInstanceOf(ProtectionException.class)
                .hasMessageContaining("wrong testimony key").hasMessageContaining(key.keyId());
        assertThat(store.port(TestimonyLedger.PORT).keyChecks()).containsExactly(key.check());
    }

    @Test
    void keysRotate() {
        protection().add(ariha.id(), statement(Consent.INTERNAL_ONLY), identity());
        TestimonyKey next = TestimonyKey.generate(random);
        WitnessProtection both = WitnessProtection.open(store.port(TestimonyLedger.PORT), KeyRing.of(next, key));
        assertThat(both.resealAll(org.groundtruth.audit.ChangeNote.system("test"))).isEqualTo(1);
        assertThat(store.port(TestimonyLedger.PORT).keyIdsInUse()).containsExactly(next.keyId());
        WitnessProtection onlyNew = WitnessProtection.open(store.port(TestimonyLedger.PORT), KeyRing.of(next));
        assertThat(onlyNew.forIncident(ariha.id(), Audience.ADMIN).getFirst().identity().name()).isEqualTo(WITNESS_NAME);
        assertThatThrownBy(() -> WitnessProtection.open(store.port(TestimonyLedger.PORT), KeyRing.of(key)))
                .as("the old key alone no longer opens this store").isInstanceOf(ProtectionException.class);
    }

    @Test
    void searchingForTheWitnessFindsNothing() {
        WitnessProtection p = protection();
        p.add(ariha.id(), statement(Consent.PUBLISH_WITH_NAME), identity());
        assertThat(store.incidents().search(IncidentQuery.all().withText("Ariha")).numberMatched()).isEqualTo(1);
        assertThat(store.incidents().search(IncidentQuery.all().withText("Zubayda")).numberMatched()).isZero();
        assertThat(store.incidents().search(IncidentQuery.all().withText("Qarawiyyin")).numberMatched()).isZero();
        assertThat(store.incidents().search(IncidentQuery.all().withText(WITNESS_NAME)).numberMatched()).isZero();
        assertThat(store.incidents().find(ariha.id()).orElseThrow().toString()).doesNotContain("Zubayda");
    }

    @Test
    void theAuditLogRecordsWhoAddedAStatementButNeitherItsIdentityNorItsText() {
        long id = protection().add(ariha.id(), statement(Consent.INTERNAL_ONLY), identity(), org.groundtruth.audit.ChangeNote.user("rana")).id();
        var entries = store.port(AuditLog.PORT).entries(0, 100, "incident:" + ariha.id(), "testimony.");
        assertThat(entries).hasSize(1);
        String entry = entries.getFirst().toString() + " " + entries.getFirst().after();
        assertThat(entries.getFirst().after()).contains("\"testimonyId\":\"" + id + "\"", "Witness A, Ariha", "internal_only", "textSha256");
        assertThat(entry).contains("user:rana").doesNotContain(WITNESS_NAME).doesNotContain("944 771").doesNotContain("vegetable stalls");
        assertThat(store.port(AuditLog.PORT).verify()).isEmpty();
    }

    @Test
    void aStatementForAMissingIncidentIsRefusedAndNothingIsStored() {
        WitnessProtection p = protection();
        assertThatThrownBy(() -> p.add(999_999, statement(Consent.INTERNAL_ONLY), identity())).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("999999");
        assertThat(store.port(TestimonyLedger.PORT).count()).isZero();
        assertThat(store.port(TestimonyLedger.PORT).keyChecks()).isEmpty();
    }

    @Test
    void aSealerThatFailsLeavesNothingBehind() {
        assertThatThrownBy(() -> store.port(TestimonyLedger.PORT).add(ariha.id(), statement(Consent.INTERNAL_ONLY), key.check(), org.groundtruth.audit.ChangeNote.system("test"), id -> {
            throw new IllegalStateException("sealing failed");
        })).hasMessageContaining("sealing failed");
        assertThat(store.port(TestimonyLedger.PORT).count()).isZero();
        assertThat(store.port(TestimonyLedger.PORT).keyChecks()).isEmpty();
    }
}
