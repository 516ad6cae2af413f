package org.groundtruth.web.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.groundtruth.warning.WarningForTest.HMEIMIM;
import static org.groundtruth.warning.WarningForTest.SU24;
import static org.groundtruth.warning.WarningForTest.TAKE_OFF;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.groundtruth.warning.AdminArea;
import org.groundtruth.warning.Alert;
import org.groundtruth.warning.AlertChange;
import org.groundtruth.warning.AlertDesk;
import org.groundtruth.warning.Threat;
import org.groundtruth.warning.WarningForTest;
import org.groundtruth.web.Json;
import org.junit.jupiter.api.Test;

/**
 * The forms of an alert (decisions 0819, 0822): the whole, written with a streaming generator, is byte for byte the
 * tree {@link AlertJson#of(Alert)} builds; the pushed message (version 2) carries the change and the first places by id,
 * with the tag that says whether the places a reader holds still hold; the MQTT district parts carry only their
 * district's places.
 */
class PushedAlertJsonTest {
    static Alert ariha() {
        AlertDesk desk = new AlertDesk(WarningForTest.projector(), WarningForTest.ids());
        return desk.receive(WarningForTest.takeOff("falcon", TAKE_OFF, SU24, HMEIMIM, "NE"), TAKE_OFF).get(0).alert();
    }

    @Test
    void theWholeWrittenStreamingIsTheTreeWrittenAtOnce() throws Exception {
        Alert a = ariha();
        assertThat(AlertJson.text(a)).isEqualTo(AlertJson.of(a).toString());
        assertThat(AlertJson.text(a)).as("again, from the kept list of places").isEqualTo(AlertJson.of(a).toString());
        Alert fewer = new Alert(a.id(), a.level(), a.state(), a.aircraft(), a.count(), a.lastEvent(), a.base(), a.headingDeg(), a.basis(),
                a.threats().subList(0, 2), a.area(), a.issuedAt(), a.updatedAt(), a.expiresAt(), a.spotterCount(), a.sightingCount(), a.texts());
        assertThat(AlertJson.text(fewer)).as("the places changed: written again").isEqualTo(AlertJson.of(fewer).toString());
        assertThat(Json.MAPPER.readTree(AlertJson.text(fewer)).path("threats")).hasSize(2);
        assertThat(AlertJson.placesTag(fewer)).isNotEqualTo(AlertJson.placesTag(a));
    }

    @Test
    void theCutFormKeepsTheFirstPlacesAndTheWholeCount() {
        Alert a = ariha();
        assertThat(a.threats().size()).as("more places than are pushed in this test").isGreaterThan(3);
        for (int places : new int[]{1, 3, a.threats().size(), a.threats().size() + 5}) {
            assertThat(AlertJson.of(a, places).toString()).as("%d places", places).isEqualTo(AlertJson.pushed(AlertJson.of(a), places).toString());
        }
        assertThat(AlertJson.of(a, 3).path("threatCount").asInt()).isEqualTo(a.threats().size());
    }

    @Test
    void theMessageCarriesTheChangeAndItsPlacesByIdAndIsMadeOnce() throws Exception {
        Alert a = ariha();
        AlertEvent e = new AlertEvent(9, AlertChange.Kind.RAISED, a);
        assertThat(e.messageText()).isSameAs(e.messageText()).startsWith("{\"sequence\":9,\"version\":2,\"change\":\"raised\",");
        JsonNode m = Json.MAPPER.readTree(e.messageText()), alert = m.path("alert"), whole = AlertJson.of(a);
        assertThat(m.path("href").asText()).isEqualTo("/api/alerts/" + a.id());
        for (String f : List.of("id", "state", "level", "theatre", "exercise", "count", "event", "headingDeg", "threatCount", "earliestEta", "placesTag",
                "issuedAt", "updatedAt", "expiresAt", "spotterCount", "sightingCount", "texts")) {
            assertThat(alert.path(f)).as(f).isEqualTo(whole.path(f));
        }
        assertThat(alert.path("base").asText()).isEqualTo(a.base().code());
        assertThat(alert.path("aircraft").path("type").asText()).isEqualTo(a.aircraft().type());
        assertThat(alert.has("threats") || alert.has("area") || alert.has("basis")).as("places, outline and basis are at href").isFalse();
        assertThat(alert.path("etas")).hasSize(Math.min(AlertJson.PUSHED_THREATS, a.threats().size()));
        for (int i = 0; i < alert.path("etas").size(); i++) {
            JsonNode eta = alert.path("etas").get(i), place = whole.path("threats").get(i);
            assertThat(eta.path("place")).isEqualTo(place.path("place"));
            assertThat(eta.path("earliest")).isEqualTo(place.path("earliest"));
            assertThat(eta.path("latest")).isEqualTo(place.path("latest"));
            assertThat(eta.size()).as("no names, no coordinates").isEqualTo(3);
        }
        assertThat(e.wholeText()).isSameAs(e.wholeText()).isEqualTo(AlertJson.of(a).toString());
        assertThat(e.messageText().length()).as("smaller than the version 1 message, the first places with their names and the outline")
                .isLessThan(AlertJson.of(a, AlertJson.PUSHED_THREATS).toString().length());
    }

    @Test
    void eachDistrictsPartHoldsOnlyThatDistrictsPlaces() throws Exception {
        Alert a = ariha();
        var parts = AlertJson.districtParts(a);
        assertThat(parts.keySet()).containsExactlyElementsOf(a.adminAreas());
        int places = 0;
        for (var e : parts.entrySet()) {
            JsonNode part = Json.MAPPER.readTree(e.getValue());
            assertThat(part.path("id").asText()).isEqualTo(a.id());
            assertThat(part.path("level").asText()).isEqualTo(a.level().code());
            assertThat(part.has("texts") || part.has("area")).isFalse();
            List<String> expected = new ArrayList<>();
            for (Threat t : a.threats()) if (AdminArea.of(t.place()).equals(e.getKey())) expected.add(t.place().id());
            List<String> got = new ArrayList<>();
            part.path("places").forEach(p -> got.add(p.path("place").asText()));
            assertThat(got).isEqualTo(expected);
            assertThat(part.path("earliestEta").asText()).isEqualTo(part.path("places").get(0).path("earliest").asText());
            places += got.size();
        }
        assertThat(places).isEqualTo(a.threats().size());
        assertThat(AlertJson.districtParts(a)).as("again, from the kept districts' places").isEqualTo(parts);
    }
}
