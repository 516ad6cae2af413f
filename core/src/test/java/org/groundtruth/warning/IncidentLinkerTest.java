package org.groundtruth.warning;

import org.groundtruth.attribution.Attribution;
import org.groundtruth.attribution.AttributionInput;
import org.groundtruth.attribution.Attributor;
import org.groundtruth.attribution.Party;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.groundtruth.warning.WarningForTest.*;

class IncidentLinkerTest {
    private final Alert alert = new AlertDesk(projector(), ids()).receive(takeOff("falcon", TAKE_OFF, SU24, HMEIMIM, "NE"), TAKE_OFF).get(0).alert();

    @Test
    void aStrikeOnAWarnedPlaceInsideItsWindowIsLinkedAndPointsAtWhoFliesFromTheBase() {
        var link = IncidentLinker.link(alert, ARIHA.point(), 1, TAKE_OFF.plusSeconds(7 * 60), TAKE_OFF.plusSeconds(7 * 60));
        assertThat(link).isPresent();
        assertThat(link.get().threat().place()).isEqualTo(ARIHA);
        assertThat(link.get().operators()).as("Su-24M: Russia and Syria; Hmeimim: Russia").containsExactly(Party.RUSSIAN_MILITARY);
        assertThat(link.get().explanation()).contains("warned Ariha").contains("Hmeimim air base is used by Russian military");
        assertThat(link.get().asAttributionEvidence()).extracting(org.groundtruth.attribution.Sighting::operator).containsExactly(Party.RUSSIAN_MILITARY);
    }

    @Test
    void notLinkedOutsideTheWindowOrAwayFromTheWarnedPlaces() {
        assertThat(IncidentLinker.link(alert, ARIHA.point(), 1, TAKE_OFF.plusSeconds(3600), TAKE_OFF.plusSeconds(3700))).isEmpty();
        assertThat(IncidentLinker.link(alert, TOWNS.get(9).point(), 1, TAKE_OFF.plusSeconds(420), TAKE_OFF.plusSeconds(420))).as("Damascus").isEmpty();
        assertThat(IncidentLinker.links(List.of(alert), ARIHA.point(), 1, TAKE_OFF.plusSeconds(420), TAKE_OFF.plusSeconds(420))).hasSize(1);
    }

    @Test
    void theLinkWeighsInAttribution() {
        var link = IncidentLinker.link(alert, ARIHA.point(), 1, TAKE_OFF.plusSeconds(420), TAKE_OFF.plusSeconds(420)).orElseThrow();
        var facts = org.groundtruth.incident.IncidentForTest.at(35.8128, 36.6095).facts();
        Attribution without = new Attributor(null).attribute(new AttributionInput(1, facts, List.of(), null, List.of()));
        Attribution with = new Attributor(null).attribute(new AttributionInput(1, facts, List.of(), null, link.asAttributionEvidence()));
        assertThat(with.probabilityOf(Party.RUSSIAN_MILITARY)).isGreaterThan(without.probabilityOf(Party.RUSSIAN_MILITARY));
    }
}
