package org.groundtruth.app;

import org.groundtruth.audit.AuditLog;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.app.serve.DemoCommand;
import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.intake.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DemoTest {

    @Test
    void demoLoadsRealIncidentsPlacesThemAndIsIdempotent(@TempDir Path data) {
        try (var store = JdbcStore.sqlite(data)) {
            List<ImportReport> first = DemoCommand.load(store, BundledGazetteer.load(), data.resolve("sources"));
            assertThat(first).extracting(ImportReport::inserted).containsExactly(1_635L, 16_566L);
            ImportReport syrianArchive = first.get(0);
            assertThat(syrianArchive.placedShare()).isGreaterThan(0.9);

            List<ImportReport> again = DemoCommand.load(store, BundledGazetteer.load(), data.resolve("sources"));
            assertThat(again).extracting(ImportReport::unchanged).containsExactly(1_635L, 16_566L);
            assertThat(store.incidents().search(IncidentQuery.all().page(1, 0)).numberMatched()).isEqualTo(1_635 + 16_566);

            // every governorate stored is spelled as the filter panel offers it, whatever the source wrote
            var offered = BundledGazetteer.load().governorates(null).stream().map(p -> p.name()).toList();
            assertThat(store.incidents().stats(IncidentQuery.all()).perGovernorate().keySet())
                    .allSatisfy(g -> assertThat(g).isIn(Stream.concat(offered.stream(), Stream.of("")).toList()));
            assertThat(store.incidents().search(IncidentQuery.all().withGovernorate("Latakia").page(1, 0)).numberMatched()).isGreaterThan(21);

            // imported as drafts; the demo publishes its public datasets in one audited step, so the public map is full
            var publicOnly = IncidentQuery.all().withStatuses(java.util.EnumSet.of(org.groundtruth.incident.IncidentStatus.PUBLISHED)).page(1, 0);
            assertThat(store.incidents().search(publicOnly).numberMatched()).isZero();
            // a draft someone typed in between two runs of the demo is never published by it (issue 9, item 7)
            var typed = store.incidents().create(org.groundtruth.incident.IncidentForTest.at(35.93, 36.63).on("2016-03-01").titled("typed in").facts(),
                    List.of(), org.groundtruth.audit.ChangeNote.user("amal"));
            assertThat(DemoCommand.publishDemoData(store)).isEqualTo(1_635 + 16_566);
            assertThat(DemoCommand.load(store, BundledGazetteer.load(), data.resolve("sources"))).extracting(ImportReport::unchanged).containsExactly(1_635L, 16_566L);
            assertThat(DemoCommand.publishDemoData(store)).isZero();
            assertThat(store.incidents().find(typed.id()).orElseThrow().status()).isEqualTo(org.groundtruth.incident.IncidentStatus.DRAFT);
            assertThat(store.incidents().search(publicOnly).numberMatched()).isEqualTo(1_635 + 16_566);
            assertThat(store.port(AuditLog.PORT).entries(0, 100, null, null)).extracting(e -> e.action())
                    .containsExactly("import.run", "licence.mark", "import.run", "licence.mark", "import.run", "import.run", "incident.create",
                            "review.publish-imported", "import.run", "import.run");
            // each import recorded its publisher's licence mark once (decision 0930)
            assertThat(store.port(org.groundtruth.publication.PublicationLedger.PORT).licenceMarks()).extracting(l -> l.dataset() + " " + l.mark())
                    .containsExactlyInAnyOrder("syrian-archive CC BY-SA 4.0: Syrian Archive",
                            "ucdp-ged CC BY 4.0: UCDP Georeferenced Event Dataset (Sundberg and Melander 2013)");
            assertThat(store.port(AuditLog.PORT).verify()).isEmpty();

            // the SYNTHETIC sample claims: kept (one unplaced), matched against the real incidents, idempotent
            var claims = DemoCommand.loadSampleClaims(store, BundledGazetteer.load(), data.resolve("sources"));
            assertThat(claims.inserted()).isEqualTo(8);
            assertThat(claims.unplaced()).isEqualTo(1);
            var matched = new org.groundtruth.matching.LedgerMatching(store.port(ClaimLedger.PORT)).catchUp();
            assertThat(matched.pairs()).isPositive();
            long claimed = store.incidents().search(IncidentQuery.all().withClaimed(true).page(1, 0)).numberMatched();
            assertThat(claimed).isPositive();
            assertThat(DemoCommand.loadSampleClaims(store, BundledGazetteer.load(), data.resolve("sources")).unchanged()).isEqualTo(8);
            assertThat(new org.groundtruth.matching.LedgerMatching(store.port(ClaimLedger.PORT)).catchUp().pairs()).isZero();
            assertThat(store.incidents().search(IncidentQuery.all().withClaimed(true).page(1, 0)).numberMatched()).isEqualTo(claimed);
        }
    }
}
