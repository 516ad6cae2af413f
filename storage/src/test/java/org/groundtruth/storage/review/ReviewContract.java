package org.groundtruth.storage.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.review.BulkReview;
import org.groundtruth.review.ReviewSelection;
import org.groundtruth.account.Role;
import org.groundtruth.audit.AuditEntry;
import org.groundtruth.audit.AuditLog;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportWriter;
import org.groundtruth.review.IncidentReviews;
import org.groundtruth.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Review of many incidents at once on a real store; subclasses make a fresh SQLite or PostgreSQL one. */
public abstract class ReviewContract {
    protected Store store;

    protected abstract Store newStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = newStore();
    }

    @AfterEach
    void closeStore() {
        if (store != null) store.close();
    }

    protected IncidentReviews reviews() {
        return store.port(IncidentReviews.PORT);
    }

    /** Imports one row per origin key, run by {@code actor}; returns the import's id. */
    protected long importRows(String actor, String... originKeys) {
        try (ImportWriter w = store.incidents().beginImport(new ImportMeta("rows.csv", "test", null, actor))) {
            int n = 0;
            for (String k : originKeys) w.upsert(IncidentForTest.at(35.0 + (n % 100) * 0.01, 36.0 + (n / 100) * 0.001).on("2016-01-0" + (1 + n++ % 9)).titled("row " + k).record(k));
            return w.commit().id();
        }
    }

    protected Incident byOrigin(String originKey) {
        return store.incidents().search(org.groundtruth.incident.IncidentQuery.all().page(1000, 0)).items().stream()
                .filter(i -> i.reports().stream().anyMatch(r -> r.originKey().equals(originKey))).findFirst().orElseThrow();
    }

    @Test
    void theDemoPublishesOnlyWhatItsOwnImportsLoadedAndNobodyTouched() {
        importRows("system:demo", "d1", "d2", "d3", "d4", "d5", "d6", "d7");
        importRows("cli:amal", "c1");
        Incident typed = store.incidents().create(IncidentForTest.at(35.9, 36.6).on("2016-02-01").titled("typed in").facts(), List.of(),
                ChangeNote.user("amal"));
        Incident typedWithReport = store.incidents().create(IncidentForTest.at(35.9, 36.7).on("2016-02-02").titled("typed, with a report").facts(),
                List.of(IncidentForTest.at(35.9, 36.7).report("hand-1")), ChangeNote.user("amal"));
        // demo incidents people have touched: sent back, edited, given a report by hand, re-imported by someone else
        long sentBack = byOrigin("d2").id();
        reviews().move(sentBack, IncidentStatus.IN_REVIEW, Role.INVESTIGATOR, ChangeNote.user("amal"));
        reviews().move(sentBack, IncidentStatus.DRAFT, Role.REVIEWER, ChangeNote.user("sami").because("check the date"));
        store.incidents().update(byOrigin("d3").id(), IncidentForTest.at(35.5, 36.0).on("2016-01-03").titled("corrected").facts(), ChangeNote.user("amal"));
        store.incidents().addReport(byOrigin("d4").id(), IncidentForTest.at(35.5, 36.0).report("hand-2"), ChangeNote.user("amal"));
        try (ImportWriter w = store.incidents().beginImport(new ImportMeta("newer.csv", "test", null, "cli:amal"))) {
            w.upsert(IncidentForTest.at(35.6, 36.0).on("2016-01-05").titled("row d5, revised").record("d5"));
            w.commit();
        }

        long published = reviews().publishImported("system:demo", ChangeNote.system("demo").because("public datasets"));

        assertThat(published).isEqualTo(3); // d1, d6, d7
        for (String k : List.of("d1", "d6", "d7")) assertThat(byOrigin(k).status()).as(k).isEqualTo(IncidentStatus.PUBLISHED);
        for (String k : List.of("d2", "d3", "d4", "d5", "c1")) assertThat(byOrigin(k).status()).as(k).isEqualTo(IncidentStatus.DRAFT);
        assertThat(store.incidents().find(typed.id()).orElseThrow().status()).isEqualTo(IncidentStatus.DRAFT);
        assertThat(store.incidents().find(typedWithReport.id()).orElseThrow().status()).isEqualTo(IncidentStatus.DRAFT);
        // running the demo again publishes nothing more
        assertThat(reviews().publishImported("system:demo", ChangeNote.system("demo"))).isZero();
        assertThat(store.incidents().find(typed.id()).orElseThrow().status()).isEqualTo(IncidentStatus.DRAFT);

        AuditEntry act = store.port(AuditLog.PORT).entries(0, 100, null, "review.publish-imported").getFirst();
        assertThat(act.actor()).isEqualTo("system:demo");
        assertThat(act.subject()).isEqualTo("imports:system:demo");
        assertThat(act.after()).contains("\"count\":3").contains("\"incidents\":[" + byOrigin("d1").id() + "," + byOrigin("d6").id() + "," + byOrigin("d7").id() + "]");
        assertThat(reviews().history(byOrigin("d6").id())).singleElement()
                .satisfies(s -> assertThat(s.from() + ">" + s.to() + " " + s.actor() + " " + s.reason()).isEqualTo("DRAFT>PUBLISHED system:demo public datasets"));
        assertThat(store.port(AuditLog.PORT).verify()).isEmpty();
    }

    @Test
    void aBulkReviewMovesWhatTheWorkflowAllowsInOneAuditedAct() {
        String[] keys = new String[30];
        for (int k = 0; k < keys.length; k++) keys[k] = "a" + k;
        long a = importRows("cli:amal", keys);
        long b = importRows("cli:amal", "b1", "b2");
        Incident typed = store.incidents().create(IncidentForTest.at(35.9, 36.6).on("2016-02-01").titled("typed in").facts(), List.of(), ChangeNote.user("amal"));

        assertThatThrownBy(() -> reviews().moveAll(ReviewSelection.ofImport(a), IncidentStatus.IN_REVIEW, Role.INVESTIGATOR, ChangeNote.user("amal"), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a bulk review needs a reason");
        assertThatThrownBy(() -> reviews().moveAll(ReviewSelection.ofImport(999), IncidentStatus.IN_REVIEW, Role.INVESTIGATOR, ChangeNote.user("amal").because("x"), false))
                .isInstanceOf(java.util.NoSuchElementException.class).hasMessage("no import 999");
        // a dry run counts and changes nothing
        BulkReview preview = reviews().moveAll(ReviewSelection.ofImport(a), IncidentStatus.PUBLISHED, Role.REVIEWER, ChangeNote.user("sami").because("x"), true);
        assertThat(preview.selected()).isEqualTo(30);
        assertThat(preview.moved()).isEmpty();
        assertThat(preview.left()).containsExactly(Map.entry(IncidentStatus.DRAFT, 30L));
        BulkReview submitPreview = reviews().moveAll(ReviewSelection.ofImport(a), IncidentStatus.IN_REVIEW, Role.INVESTIGATOR, ChangeNote.user("amal").because("x"), true);
        assertThat(submitPreview.moved()).hasSize(30);
        assertThat(byOrigin("a0").status()).isEqualTo(IncidentStatus.DRAFT);

        BulkReview submitted = reviews().moveAll(ReviewSelection.ofImport(a), IncidentStatus.IN_REVIEW, Role.INVESTIGATOR,
                ChangeNote.user("amal").because("checked against the source"), false);
        assertThat(submitted.moved()).hasSize(30);
        assertThat(byOrigin("b1").status()).isEqualTo(IncidentStatus.DRAFT);
        reviews().move(byOrigin("a7").id(), IncidentStatus.DRAFT, Role.REVIEWER, ChangeNote.user("sami").because("wrong town"));
        // an investigator may not publish: nothing moves, nothing is recorded
        long entries = store.port(AuditLog.PORT).count();
        BulkReview refused = reviews().moveAll(ReviewSelection.ofImport(a), IncidentStatus.PUBLISHED, Role.INVESTIGATOR, ChangeNote.user("amal").because("x"), false);
        assertThat(refused.moved()).isEmpty();
        assertThat(refused.left()).containsOnly(Map.entry(IncidentStatus.IN_REVIEW, 29L), Map.entry(IncidentStatus.DRAFT, 1L));
        assertThat(store.port(AuditLog.PORT).count()).isEqualTo(entries);

        BulkReview published = reviews().moveAll(ReviewSelection.ofImport(a), IncidentStatus.PUBLISHED, Role.REVIEWER,
                ChangeNote.user("sami").because("two sources each"), false);
        assertThat(published.moved()).hasSize(29).doesNotContain(byOrigin("a7").id());
        assertThat(published.left()).containsExactly(Map.entry(IncidentStatus.DRAFT, 1L));
        assertThat(published.line()).isEqualTo("moved 29 of 30 incidents to published; left as they are: 1 draft");
        assertThat(byOrigin("a0").status()).isEqualTo(IncidentStatus.PUBLISHED);
        assertThat(byOrigin("a7").status()).isEqualTo(IncidentStatus.DRAFT);
        assertThat(store.incidents().find(typed.id()).orElseThrow().status()).isEqualTo(IncidentStatus.DRAFT);
        assertThat(reviews().history(byOrigin("a0").id())).extracting(s -> s.to() + " " + s.actor() + " " + s.reason())
                .containsExactly("IN_REVIEW user:amal checked against the source", "PUBLISHED user:sami two sources each");

        AuditEntry act = store.port(AuditLog.PORT).entries(0, 100, null, "review.bulk").getLast();
        assertThat(act.subject()).isEqualTo("import:" + a);
        assertThat(act.reason()).isEqualTo("two sources each");
        assertThat(act.before()).contains("\"selection\":\"import " + a + "\"").contains("\"selected\":30");
        assertThat(act.after()).contains("\"count\":29").contains("\"moves\":{\"publish\":29}").contains("\"left\":{\"draft\":1}");
        for (Long id : published.moved()) assertThat(act.after()).contains(String.valueOf(id));
        assertThat(store.port(AuditLog.PORT).entries(0, 100, null, "review.bulk")).hasSize(2);

        // a filter: the list's filters select, whatever their status; limit and offset are ignored
        IncidentQuery january2to3 = IncidentQuery.all().withPeriod(java.time.LocalDate.parse("2016-01-02"), java.time.LocalDate.parse("2016-01-03")).page(1, 0);
        long expected = store.incidents().search(january2to3.withStatuses(java.util.EnumSet.of(IncidentStatus.PUBLISHED))).numberMatched();
        BulkReview byFilter = reviews().moveAll(ReviewSelection.matching(january2to3, "datetime=2016-01-02/2016-01-03"), IncidentStatus.RETRACTED,
                Role.REVIEWER, ChangeNote.user("sami").because("the dates were a day off"), false);
        assertThat(store.incidents().search(january2to3.withStatuses(java.util.EnumSet.of(IncidentStatus.PUBLISHED))).numberMatched()).isZero();
        assertThat(expected).isGreaterThan(1);
        assertThat(byFilter.moved()).hasSize((int) expected);
        assertThat(store.port(AuditLog.PORT).entries(0, 100, null, "review.bulk").getLast().subject()).isEqualTo("incidents:filter");
        assertThat(b).isNotEqualTo(a);
        assertThat(store.port(AuditLog.PORT).verify()).isEmpty();
    }

    @Test
    void thousandsAreReviewedInOneTransactionQuickly() {
        int n = 6_000;
        String[] keys = new String[n];
        for (int k = 0; k < n; k++) keys[k] = "r" + k;
        long id = importRows("cli:amal", keys);
        long t0 = System.nanoTime();
        BulkReview submitted = reviews().moveAll(ReviewSelection.ofImport(id), IncidentStatus.IN_REVIEW, Role.ADMIN, ChangeNote.user("amal").because("batch"), false);
        BulkReview published = reviews().moveAll(ReviewSelection.ofImport(id), IncidentStatus.PUBLISHED, Role.ADMIN, ChangeNote.user("amal").because("batch"), false);
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "bulk review of %d incidents (submit, then publish): %.2f s%n", n, seconds);
        assertThat(submitted.moved()).hasSize(n);
        assertThat(published.moved()).hasSize(n);
        assertThat(store.incidents().search(IncidentQuery.all().withStatuses(java.util.EnumSet.of(IncidentStatus.PUBLISHED)).page(0, 0)).numberMatched()).isEqualTo(n);
        assertThat(seconds).as("two bulk reviews of %d incidents", n).isLessThan(30);
        assertThat(store.port(AuditLog.PORT).verify()).isEmpty();
    }

    @Test
    void correctionsToAPublishedIncidentWaitForAReviewerAndThePublicSeesThePublishedVersion() {
        Incident i = store.incidents().create(IncidentForTest.at(35.81, 36.61).on("2015-11-29").titled("Strike in Ariha").in("Ariha", "Idlib").facts(),
                List.of(IncidentForTest.at(35.81, 36.61).report("first")), ChangeNote.user("amal"));
        store.incidents().update(i.id(), IncidentForTest.at(35.81, 36.61).on("2015-11-29").titled("Strike on Ariha").in("Ariha", "Idlib").facts(),
                ChangeNote.user("amal").because("typo")); // a draft: changed at once
        assertThat(store.incidents().pendingRevision(i.id())).isEmpty();
        reviews().move(i.id(), IncidentStatus.IN_REVIEW, Role.INVESTIGATOR, ChangeNote.user("amal"));
        reviews().move(i.id(), IncidentStatus.PUBLISHED, Role.REVIEWER, ChangeNote.user("sami"));
        var published = IncidentQuery.all().withStatuses(java.util.EnumSet.of(IncidentStatus.PUBLISHED));

        Incident answered = store.incidents().update(i.id(), IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Strike on the Ariha vegetable market")
                .in("Ariha", "Idlib").killed(40, 49).facts(), ChangeNote.user("amal").because("the market, per two witnesses"));
        assertThat(answered.facts().title()).isEqualTo("Strike on Ariha");
        assertThat(store.incidents().find(i.id()).orElseThrow().facts().title()).isEqualTo("Strike on Ariha");
        assertThat(store.incidents().search(published.withText("vegetable")).numberMatched()).as("search index: the published text only").isZero();
        assertThat(store.incidents().addReport(i.id(), IncidentForTest.at(35.81, 36.61).reportText("witness: the vegetable market", "en").report("second"),
                ChangeNote.user("amal").because("a second witness"))).isNull();
        assertThat(store.incidents().find(i.id()).orElseThrow().reports()).hasSize(1);
        assertThat(store.incidents().search(published.withText("witness")).numberMatched()).isZero();
        // exports and reports take the stored incident through Redaction: the published version, nothing pending
        var exported = org.groundtruth.publication.Redaction.forPublication(store.incidents().search(org.groundtruth.publication.Selection.all().query(100, 0))
                .items().getFirst(), null, org.groundtruth.publication.SourceLicences.defaults());
        assertThat(exported.title()).isEqualTo("Strike on Ariha");
        assertThat(exported.reportCount()).isEqualTo(1);
        assertThatThrownBy(() -> store.incidents().addReport(i.id(), IncidentForTest.at(35.81, 36.61).report("second"), ChangeNote.user("amal").because("again")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in a pending revision");
        assertThatThrownBy(() -> store.incidents().addReport(i.id(), IncidentForTest.at(35.81, 36.61).report("first"), ChangeNote.user("amal").because("again")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already stored");

        var pending = store.incidents().pendingRevision(i.id()).orElseThrow();
        assertThat(pending.facts().title()).isEqualTo("Strike on the Ariha vegetable market");
        assertThat(pending.facts().casualties().killed().max()).isEqualTo(49);
        assertThat(pending.facts().location().point().lat()).isEqualTo(35.8126);
        assertThat(pending.reports()).singleElement().satisfies(r -> assertThat(r.text()).isEqualTo("witness: the vegetable market"));
        assertThat(pending.corrections()).extracting(c -> c.actor() + " " + c.what() + " " + c.reason())
                .containsExactly("user:amal facts the market, per two witnesses", "user:amal report a second witness");
        assertThat(IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").titled("Strike on the Ariha vegetable market").in("Ariha", "Idlib").killed(40, 49).facts())
                .as("the facts come back exactly").isEqualTo(pending.facts());

        Incident now = store.incidents().publishRevision(i.id(), ChangeNote.user("sami").because("checked both witnesses"));
        assertThat(now.facts().title()).isEqualTo("Strike on the Ariha vegetable market");
        assertThat(now.reports()).extracting(r -> r.originKey()).containsExactly("first", "second");
        assertThat(now.editedByHand()).isTrue();
        assertThat(now.status()).isEqualTo(IncidentStatus.PUBLISHED);
        assertThat(store.incidents().pendingRevision(i.id())).isEmpty();
        assertThat(store.incidents().search(published.withText("vegetable")).numberMatched()).isEqualTo(1);
        assertThat(store.incidents().search(published.withText("witness")).numberMatched()).isEqualTo(1);
        assertThatThrownBy(() -> store.incidents().publishRevision(i.id(), ChangeNote.user("sami"))).isInstanceOf(java.util.NoSuchElementException.class);

        store.incidents().update(i.id(), IncidentForTest.at(1, 1).on("2015-11-29").titled("vandalised").facts(), ChangeNote.user("amal").because("oops"));
        store.incidents().discardRevision(i.id(), ChangeNote.user("sami").because("not supported by any source"));
        assertThat(store.incidents().pendingRevision(i.id())).isEmpty();
        assertThat(store.incidents().find(i.id()).orElseThrow().facts().title()).isEqualTo("Strike on the Ariha vegetable market");

        List<AuditEntry> about = store.port(AuditLog.PORT).about("incident:" + i.id());
        assertThat(about).extracting(e -> e.action() + " " + e.reason()).containsExactly("incident.create null", "incident.update typo",
                "review.submit null", "review.publish null", "revision.propose the market, per two witnesses", "revision.propose a second witness",
                "revision.publish checked both witnesses", "revision.propose oops", "revision.discard not supported by any source");
        assertThat(about.get(6).before()).contains("Strike on Ariha");
        assertThat(about.get(6).after()).contains("Strike on the Ariha vegetable market");
        assertThat(store.port(AuditLog.PORT).verify()).isEmpty();
    }

    @Test
    void aReimportThatRevisesAPublishedIncidentIsHeldForReviewToo() {
        try (ImportWriter w = store.incidents().beginImport(new ImportMeta("acled.csv", "test", null, "cli:amal"))) {
            w.upsert(IncidentForTest.at(35.81, 36.61).on("2015-11-29").titled("Airstrike in Ariha").killed(10, 10).reportText("ten killed", "en").record("acled-1"));
            w.upsert(IncidentForTest.at(35.93, 36.63).on("2015-11-30").titled("Airstrike in Idlib").record("acled-2"));
            w.commit();
        }
        long ariha = byOrigin("acled-1").id();
        long idlib = byOrigin("acled-2").id();
        for (long id : new long[]{ariha, idlib}) {
            reviews().move(id, IncidentStatus.IN_REVIEW, Role.INVESTIGATOR, ChangeNote.user("amal"));
            reviews().move(id, IncidentStatus.PUBLISHED, Role.REVIEWER, ChangeNote.user("sami"));
        }
        store.incidents().update(idlib, IncidentForTest.at(35.93, 36.63).on("2015-11-30").titled("Strike on Idlib hospital").facts(), ChangeNote.user("amal").because("x"));
        store.incidents().publishRevision(idlib, ChangeNote.user("sami")); // now edited by hand: its facts stay as a person set them
        var published = IncidentQuery.all().withStatuses(java.util.EnumSet.of(IncidentStatus.PUBLISHED));

        java.util.function.Supplier<org.groundtruth.ingest.ImportRun> reimport = () -> {
            try (ImportWriter w = store.incidents().beginImport(new ImportMeta("acled-v2.csv", "test", null, "cli:amal"))) {
                w.upsert(IncidentForTest.at(35.81, 36.61).on("2015-11-29").titled("Airstrike in Ariha").killed(40, 49).reportText("forty killed", "en").record("acled-1"));
                w.upsert(IncidentForTest.at(35.93, 36.63).on("2015-11-30").titled("Airstrike in Idlib city").record("acled-2"));
                return w.commit();
            }
        };
        var run = reimport.get();
        assertThat(run.updated()).isEqualTo(2);
        Incident seen = store.incidents().find(ariha).orElseThrow();
        assertThat(seen.facts().casualties().killed().max()).isEqualTo(10);
        assertThat(seen.reports().getFirst().text()).isEqualTo("ten killed");
        assertThat(store.incidents().revisions(seen.reports().getFirst().id())).hasSize(1);
        assertThat(store.incidents().search(published.withText("forty")).numberMatched()).isZero();
        var held = store.incidents().pendingRevision(ariha).orElseThrow();
        assertThat(held.imported()).singleElement().satisfies(h -> assertThat(h.text()).isEqualTo("forty killed"));
        assertThat(held.factsOver(seen.facts()).casualties().killed().max()).isEqualTo(49);
        assertThat(held.byHand()).isFalse();
        assertThat(store.incidents().pendingRevision(idlib).orElseThrow().imported().getFirst().facts()).as("a person's facts stand").isNull();
        // the same file again changes nothing
        var again = reimport.get();
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(store.incidents().pendingRevision(ariha).orElseThrow().imported()).hasSize(1);

        Incident now = store.incidents().publishRevision(ariha, ChangeNote.user("sami").because("the new figures are sourced"));
        assertThat(now.facts().casualties().killed().max()).isEqualTo(49);
        assertThat(now.editedByHand()).isFalse();
        assertThat(now.reports().getFirst().text()).isEqualTo("forty killed");
        assertThat(store.incidents().revisions(now.reports().getFirst().id())).extracting(r -> r.revision() + ":" + r.importId())
                .containsExactly("1:" + store.incidents().imports().getFirst().id(), "2:" + run.id());
        assertThat(store.incidents().search(published.withText("forty")).numberMatched()).isEqualTo(1);
        Incident idlibNow = store.incidents().publishRevision(idlib, ChangeNote.user("sami"));
        assertThat(idlibNow.facts().title()).isEqualTo("Strike on Idlib hospital");
        assertThat(store.incidents().revisions(idlibNow.reports().getFirst().id())).hasSize(2);
        // a third run of the same file: the report now holds that revision
        assertThat(reimport.get().unchanged()).isEqualTo(2);
        assertThat(store.port(AuditLog.PORT).verify()).isEmpty();
    }
}
