package org.groundtruth.storage.intake;

import org.groundtruth.account.Role;
import org.groundtruth.audit.AuditEntry;
import org.groundtruth.audit.AuditLog;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.evidence.Sha256;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.incident.NewReport;
import org.groundtruth.incident.Source;
import org.groundtruth.review.IncidentReviews;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.testimony.KeyRing;
import org.groundtruth.testimony.TestimonyKey;
import org.groundtruth.textintake.Acceptance;
import org.groundtruth.textintake.CandidateStatus;
import org.groundtruth.textintake.Corrections;
import org.groundtruth.textintake.IntakeForTest;
import org.groundtruth.textintake.IntakeLedger;
import org.groundtruth.textintake.NewText;
import org.groundtruth.textintake.StoredCandidate;
import org.groundtruth.textintake.StoredText;
import org.groundtruth.textintake.TextOrigin;
import org.groundtruth.textintake.TextStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every store's intake ledger must do; run on SQLite and on PostgreSQL. */
public abstract class IntakeLedgerContract {
    static final ChangeNote RANIA = ChangeNote.user("rania");
    protected JdbcStore store;
    IntakeLedger ledger;

    protected abstract JdbcStore newStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = newStore();
        ledger = store.port(IntakeLedger.PORT);
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    private long incidentCount() {
        return store.incidents().search(IncidentQuery.all()).numberMatched();
    }

    private List<String> actions() {
        return store.port(AuditLog.PORT).entries(0, 1000, null, null).stream().map(AuditEntry::action).toList();
    }

    @Test
    void aTextIsKeptWholeWithItsHashAndItsCandidatesAsProposed() {
        NewText t = IntakeForTest.pasted(IntakeForTest.EXAMPLE);
        StoredText s = ledger.add(t, RANIA);
        assertThat(s.text()).isEqualTo(IntakeForTest.EXAMPLE);
        assertThat(s.sha256()).isEqualTo(Sha256.ofBytes(IntakeForTest.EXAMPLE.getBytes(StandardCharsets.UTF_8)).hex());
        assertThat(s.status()).isEqualTo(TextStatus.OPEN);
        assertThat(s.origin()).isEqualTo(TextOrigin.PASTED);
        assertThat(s.publishedAt()).isEqualTo(IntakeForTest.MORNING_AFTER);
        assertThat(s.url()).isEqualTo("https://example.org/news/1");
        assertThat(s.receivedBy()).isEqualTo("user:rania");
        List<StoredCandidate> cs = ledger.candidates(s.id());
        assertThat(cs).singleElement().satisfies(c -> {
            assertThat(c.proposed()).isEqualTo(t.candidates().get(0));
            assertThat(c.status()).isEqualTo(CandidateStatus.PENDING);
            assertThat(c.ordinal()).isEqualTo(1);
        });
        assertThat(ledger.texts(Set.of(TextStatus.OPEN), null, 10, 0)).singleElement().satisfies(x -> {
            assertThat(x.pending()).isEqualTo(1);
            assertThat(x.excerpt()).startsWith("Civil Defence: 12 civilians");
        });
        assertThat(ledger.count(Set.of(), TextOrigin.SUBMITTED)).isZero();
        assertThat(actions()).containsExactly("intake.add");
        assertThat(incidentCount()).as("nothing reaches an incident before a person accepts it").isZero();
    }

    @Test
    void acceptingMakesADraftIncidentWithTheReportClosesTheTextAndIsAudited() {
        StoredText s = ledger.add(IntakeForTest.pasted(IntakeForTest.EXAMPLE), RANIA);
        StoredCandidate c = ledger.candidates(s.id()).get(0);
        StoredCandidate accepted = ledger.accept(c.id(), Acceptance.newIncident(s, c, Corrections.NONE, "read it twice"), RANIA);
        assertThat(accepted.status()).isEqualTo(CandidateStatus.ACCEPTED);
        StoredCandidate.Decision d = accepted.decision();
        assertThat(d.by()).isEqualTo("user:rania");
        assertThat(d.reason()).isEqualTo("read it twice");
        assertThat(d.reportOriginKey()).isEqualTo(Acceptance.originKey(c.id()));
        Incident i = store.incidents().find(d.incidentId()).orElseThrow();
        assertThat(i.status()).isEqualTo(IncidentStatus.DRAFT);
        assertThat(i.facts().location().placeName()).isEqualTo("Kafr Nabl");
        assertThat(i.reports()).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo(IntakeForTest.EXAMPLE);
            assertThat(r.originKey()).isEqualTo(d.reportOriginKey());
            assertThat(r.source().url()).isEqualTo("https://example.org/news/1");
        });
        assertThat(ledger.text(s.id()).orElseThrow().status()).isEqualTo(TextStatus.CLOSED);
        assertThat(ledger.acceptedInto(i.id())).extracting(StoredCandidate::id).containsExactly(c.id());
        assertThat(actions()).containsSubsequence("intake.add", "incident.create", "intake.accept");

        assertThatThrownBy(() -> ledger.accept(c.id(), Acceptance.newIncident(s, c, Corrections.NONE, null), RANIA))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("accepted already");
        assertThat(incidentCount()).as("a second acceptance stores nothing").isOne();
    }

    @Test
    void anAcceptanceThatFailsLeavesTheCandidatePendingAndNoIncident() {
        StoredText s = ledger.add(IntakeForTest.pasted(IntakeForTest.EXAMPLE), RANIA);
        StoredCandidate c = ledger.candidates(s.id()).get(0);
        // a report already holds the origin key the acceptance would use: creating the incident fails half-way
        Incident other = store.incidents().create(IncidentForTest.at(35.0, 36.0).on("2015-11-01").facts(),
                List.of(new NewReport(Acceptance.originKey(c.id()), new Source("S", "test", null), "x", "en", Map.of())), RANIA);
        assertThatThrownBy(() -> ledger.accept(c.id(), Acceptance.newIncident(s, c, Corrections.NONE, null), RANIA))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ledger.candidate(c.id()).orElseThrow().status()).isEqualTo(CandidateStatus.PENDING);
        assertThat(incidentCount()).isOne();
        assertThat(store.incidents().find(other.id())).isPresent();
        assertThat(actions()).doesNotContain("intake.accept");
    }

    @Test
    void aReportForAPublishedIncidentWaitsForAReviewer() {
        Incident published = store.incidents().create(IncidentForTest.at(35.614, 36.561).on("2015-11-29").in("Kafr Nabl", "Idlib").facts(),
                List.of(), RANIA);
        store.port(IncidentReviews.PORT).move(published.id(), IncidentStatus.IN_REVIEW, Role.ADMIN, RANIA);
        store.port(IncidentReviews.PORT).move(published.id(), IncidentStatus.PUBLISHED, Role.ADMIN, RANIA);
        StoredText s = ledger.add(IntakeForTest.pasted(IntakeForTest.EXAMPLE), RANIA);
        StoredCandidate c = ledger.candidates(s.id()).get(0);
        StoredCandidate accepted = ledger.accept(c.id(), Acceptance.toIncident(published.id(), s, c, "same bakery"), RANIA);
        assertThat(accepted.decision().heldForReview()).isTrue();
        assertThat(accepted.decision().incidentId()).isEqualTo(published.id());
        assertThat(store.incidents().find(published.id()).orElseThrow().reports()).as("the public sees it unchanged").isEmpty();
        assertThat(store.incidents().pendingRevision(published.id()).orElseThrow().reports()).hasSize(1);
    }

    @Test
    void discardingIsAuditedAndTwoStrikesAreTwoCandidates() {
        StoredText s = ledger.add(IntakeForTest.pasted(IntakeForTest.TWO_STRIKES), RANIA);
        List<StoredCandidate> cs = ledger.candidates(s.id());
        assertThat(cs).hasSize(2);
        ledger.discard(cs.get(0).id(), RANIA.because("a duplicate"));
        assertThat(ledger.text(s.id()).orElseThrow().status()).isEqualTo(TextStatus.OPEN);
        ledger.accept(cs.get(1).id(), Acceptance.newIncident(s, cs.get(1), Corrections.NONE, null), RANIA);
        assertThat(ledger.text(s.id()).orElseThrow().status()).isEqualTo(TextStatus.CLOSED);
        StoredCandidate discarded = ledger.candidate(cs.get(0).id()).orElseThrow();
        assertThat(discarded.status()).isEqualTo(CandidateStatus.DISCARDED);
        assertThat(discarded.decision().reason()).isEqualTo("a duplicate");
        assertThat(discarded.decision().incidentId()).isNull();
        assertThat(actions()).contains("intake.discard", "intake.accept");
    }

    @Test
    void aSubmissionWaitsForAModeratorWithItsContactSealedAndNoAddress() {
        KeyRing keys = KeyRing.of(TestimonyKey.generate(new SecureRandom()));
        Instant until = Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        StoredText s = ledger.submit(IntakeForTest.submitted(IntakeForTest.EXAMPLE), "tag0123456789abc", "d".repeat(64), until,
                id -> keys.seal("+963 944 771 203", "intake-text/" + id + "/contact"));
        assertThat(s.status()).isEqualTo(TextStatus.AWAITING_MODERATION);
        assertThat(s.receivedBy()).isEqualTo("public");
        assertThat(s.hasContact()).isTrue();
        assertThat(s.senderTag()).isEqualTo("tag0123456789abc");
        assertThat(keys.open(ledger.contact(s.id()).orElseThrow(), IntakeLedger.contactPlace(s.id()))).isEqualTo("+963 944 771 203");
        KeyRing next = KeyRing.of(TestimonyKey.generate(new SecureRandom()));
        ledger.resealContact(s.id(), next.seal("+963 944 771 203", IntakeLedger.contactPlace(s.id())), RANIA);
        assertThat(ledger.sealedContacts()).containsOnlyKeys(s.id());
        assertThat(next.open(ledger.sealedContacts().get(s.id()), IntakeLedger.contactPlace(s.id()))).isEqualTo("+963 944 771 203");
        assertThat(ledger.submissionForUpload("d".repeat(64), Instant.now())).map(StoredText::id).hasValue(s.id());
        assertThat(ledger.submissionForUpload("d".repeat(64), until)).as("uploads end at their time").isEmpty();
        assertThat(ledger.submissionForUpload("e".repeat(64), Instant.now())).isEmpty();

        StoredCandidate c = ledger.candidates(s.id()).get(0);
        assertThatThrownBy(() -> ledger.accept(c.id(), Acceptance.newIncident(s, c, Corrections.NONE, null), RANIA))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("moderator");
        ledger.attachEvidence(s.id(), 5);
        ledger.attachEvidence(s.id(), 5);
        assertThat(ledger.evidenceOf(s.id())).containsExactly(5L);

        StoredText through = ledger.moderate(s.id(), true, RANIA.because("a real account"));
        assertThat(through.status()).isEqualTo(TextStatus.OPEN);
        assertThat(through.moderatedBy()).isEqualTo("user:rania");
        assertThat(ledger.submissionForUpload("d".repeat(64), Instant.now())).as("no more files once moderated").isEmpty();
        assertThatThrownBy(() -> ledger.moderate(s.id(), false, RANIA)).isInstanceOf(IllegalStateException.class);
        ledger.accept(c.id(), Acceptance.newIncident(through, c, Corrections.NONE, null), RANIA);
        assertThat(actions()).contains("intake.submit", "intake.let-through", "intake.accept");
        String log = store.port(AuditLog.PORT).entries(0, 1000, null, null).toString();
        assertThat(log).doesNotContain("944 771").doesNotContain("tag0123456789abc");
    }

    @Test
    void aRefusedSubmissionIsKeptButNeverReviewed() {
        StoredText s = ledger.submit(IntakeForTest.submitted(IntakeForTest.EXAMPLE), "t", null, null, null);
        assertThat(s.hasContact()).isFalse();
        ledger.moderate(s.id(), false, RANIA.because("spam"));
        StoredCandidate c = ledger.candidates(s.id()).get(0);
        assertThatThrownBy(() -> ledger.discard(c.id(), RANIA)).isInstanceOf(IllegalStateException.class).hasMessageContaining("refused");
        assertThat(ledger.count(Set.of(TextStatus.DISCARDED), TextOrigin.SUBMITTED)).isOne();
    }
}
