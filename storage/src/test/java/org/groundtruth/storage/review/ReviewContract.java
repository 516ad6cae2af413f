package org.groundtruth.storage.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
            for (String k : originKeys) w.upsert(IncidentForTest.at(35.0 + n * 0.01, 36.0).on("2016-01-0" + (1 + n++ % 9)).titled("row " + k).record(k));
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
}
