package org.groundtruth.publication;

import org.groundtruth.grading.Grade;
import org.groundtruth.incident.Incident;
import org.groundtruth.ingest.ImportRun;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.DatePrecision;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.groundtruth.publication.PublicationFixtures.*;

class MethodSectionTest {
    @Test
    void theMethodIsComputedFromLineage() {
        SourceLicences l = SourceLicences.defaults();
        Incident a = published(ariha(), ucdp("1"), ucdp("2"), acled("SYR1"));
        Incident b = published(ariha(), acled("SYR2"));
        Incident c = published(ariha(), confidential("Local network"), ucdp("3"));
        List<PublishedIncident> rows = List.of(Redaction.forPublication(a, graded(a, Grade.FAIR, "russian_military"), l),
                Redaction.forPublication(b, null, l),
                Redaction.forPublication(c, graded(c, Grade.WEAK, "russian_military", "syrian_government"), l));
        ImportRun run = new ImportRun(7, "/home/lina/witness-Mahmoud.csv", "ucdp-ged", "ab".repeat(32), T, T, 10, 2, 0, 1);
        MethodSection m = MethodSection.of(rows, List.of(run));
        assertThat(m.datasets()).extracting(MethodSection.DatasetLine::dataset).containsExactly("acled", "ucdp-ged");
        assertThat(m.datasets()).filteredOn(d -> d.dataset().equals("ucdp-ged")).singleElement()
                .satisfies(d -> assertThat(d.incidents()).isEqualTo(2));
        assertThat(m.restrictedReports()).isEqualTo(1);
        assertThat(m.reportsPerIncident()).containsEntry(3, 1).containsEntry(1, 1).containsEntry(2, 1);
        assertThat(m.meanReportsPerIncident()).isEqualTo(2.0);
        assertThat(m.locationPrecision()).containsEntry(LocationPrecision.TOWN, 2);
        assertThat(m.placedBy()).containsEntry(PlacedBy.SOURCE, 2);
        assertThat(m.datePrecision()).containsEntry(DatePrecision.DAY, 3);
        assertThat(m.graded()).isEqualTo(2);
        assertThat(m.attributed()).isEqualTo(1);
        assertThat(m.attributedJointly()).isEqualTo(1);
        assertThat(m.unattributed()).isEqualTo(1);
        assertThat(m.imports()).singleElement().satisfies(i -> {
            assertThat(i.rows()).isEqualTo(12);
            assertThat(i.toString()).doesNotContain("Mahmoud").doesNotContain("lina");
        });
    }
}
