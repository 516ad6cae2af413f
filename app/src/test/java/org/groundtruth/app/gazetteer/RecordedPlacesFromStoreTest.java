package org.groundtruth.app.gazetteer;

import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.review.IncidentReviews;
import org.groundtruth.storage.store.JdbcStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * `claims import` places a locality no list knows where a published incident recorded it (decision 0565); a draft's
 * place teaches nothing. Village names are fictional.
 */
class RecordedPlacesFromStoreTest {
    @Test
    void publishedIncidentsPlaceLaterClaimsAndDraftsDoNot(@TempDir Path dir) {
        try (JdbcStore store = JdbcStore.sqlite(dir)) {
            IncidentForTest published = IncidentForTest.at(33.5101, 36.4402).on("2018-02-01").titled("Strike on Kafr Testa").in("Kafr Testa", "Rif Dimashq");
            var d = store.incidents().create(published.facts(), List.of(published.report("x:1")), ChangeNote.system("test"));
            store.port(IncidentReviews.PORT).move(d.id(), IncidentStatus.IN_REVIEW, null, ChangeNote.system("test"));
            store.port(IncidentReviews.PORT).move(d.id(), IncidentStatus.PUBLISHED, null, ChangeNote.system("test"));
            IncidentForTest draft = IncidentForTest.at(33.61, 36.52).on("2018-02-01").titled("Strike on Tell Drafta").in("Tell Drafta", "Rif Dimashq");
            store.incidents().create(draft.facts(), List.of(draft.report("x:2")), ChangeNote.system("test"));

            var placer = LocalGazetteer.withRecordedPlaces(dir, store.incidents());
            Location village = placer.place(Location.unplaced("Kafr Testa", "Rif Dimashq", null, "SY"));
            assertThat(village.precision()).isEqualTo(LocationPrecision.TOWN);
            assertThat(village.point().lat()).isCloseTo(33.5101, within(1e-9));
            assertThat(placer.place(Location.unplaced("Tell Drafta", "Rif Dimashq", null, "SY")).precision())
                    .isNotEqualTo(LocationPrecision.TOWN);
        }
    }
}
