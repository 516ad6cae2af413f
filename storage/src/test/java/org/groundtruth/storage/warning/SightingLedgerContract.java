package org.groundtruth.storage.warning;

import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.place.Coordinates;
import org.groundtruth.time.IncidentDate;
import org.groundtruth.warning.FlightEvidence;
import org.groundtruth.warning.IncidentLink;
import org.groundtruth.store.Store;
import org.groundtruth.warning.EventKind;
import org.groundtruth.warning.Post;
import org.groundtruth.warning.Sighting;
import org.groundtruth.warning.SightingLedger;
import org.groundtruth.warning.SightingRejectedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.groundtruth.warning.WarningForTest.*;

/** What every {@link SightingLedger} must do; subclasses make a fresh store (SQLite file, PostgreSQL database). */
public abstract class SightingLedgerContract {
    private static final String TOKEN_A = "a".repeat(64), TOKEN_B = "b".repeat(64);
    private static final Coordinates HILL = new Coordinates(35.512345, 36.012345);
    protected Store store;
    private SightingLedger ledger;

    protected abstract Store newStore() throws Exception;

    protected void dropStore() {
    }

    @BeforeEach
    void open() throws Exception {
        store = newStore();
        ledger = store.port(SightingLedger.PORT);
        ledger.addSpotter("falcon", List.of(new Post("post-falcon", HILL), new Post("roof", null)), TOKEN_A);
    }

    @AfterEach
    void close() {
        store.close();
        dropStore();
    }

    @Test
    void spottersAreFoundByPseudonymAndByTokenDigestWithTheirPosts() {
        var s = ledger.spotterByToken(TOKEN_A).orElseThrow();
        assertThat(s.pseudonym()).isEqualTo("falcon");
        assertThat(s.post("post-falcon").orElseThrow().point()).isEqualTo(HILL);
        assertThat(s.post("roof").orElseThrow().point()).isNull();
        assertThat(ledger.spotter("falcon")).contains(s);
        assertThat(ledger.spotterByToken(TOKEN_B)).isEmpty();
        assertThatThrownBy(() -> ledger.addSpotter("falcon", List.of(), TOKEN_B)).hasMessageContaining("already registered");
        assertThatThrownBy(() -> ledger.addSpotter("owl", List.of(), TOKEN_A)).hasMessageContaining("already registered");
        assertThat(ledger.spotter("owl")).as("a refused registration stores nothing").isEmpty();
        ledger.addSpotter("eagle", List.of(), TOKEN_B);
        assertThat(ledger.spotters()).extracting(sp -> sp.pseudonym()).containsExactly("eagle", "falcon");
    }

    @Test
    void aSightingIsStoredWholeAndReadBackAsItWas() {
        Sighting take = ledger.record(takeOff("falcon", TAKE_OFF, SU24, HMEIMIM, "NE"), TAKE_OFF.plusSeconds(2));
        Sighting over = ledger.record(seen("falcon", TAKE_OFF.plusMillis(120_500), SU24, EventKind.OVERFLIGHT, 35.612345, 36.3, null),
                TAKE_OFF.plusSeconds(121));
        assertThat(take.id()).isNotNull().isNotEqualTo(over.id());
        List<Sighting> back = ledger.observedBetween(TAKE_OFF, TAKE_OFF.plusSeconds(3600), AIRCRAFT, BASES);
        assertThat(back).containsExactly(take, over);
        assertThat(back.get(1).reportedPosition()).isEqualTo(new Coordinates(35.612345, 36.3));
        assertThat(ledger.observedBetween(TAKE_OFF.plusSeconds(1), TAKE_OFF.plusSeconds(3600), AIRCRAFT, BASES)).containsExactly(over);
        assertThat(ledger.count()).isEqualTo(2);
        ledger.linkAlert(take.id(), "alert-7");
        assertThat(ledger.alertOf(take.id())).contains("alert-7");
        assertThat(ledger.alertOf(over.id())).isEmpty();
    }

    @Test
    void sightingsAreReadBackByTheirAlertAndInTheOrderReceived() {
        Sighting late = ledger.record(seen("falcon", TAKE_OFF.plusSeconds(120), SU24, EventKind.OVERFLIGHT, 35.6, 36.3, null), TAKE_OFF.plusSeconds(125));
        Sighting early = ledger.record(takeOff("falcon", TAKE_OFF, SU24, HMEIMIM, "NE"), TAKE_OFF.plusSeconds(130));
        Sighting other = ledger.record(takeOff("falcon", TAKE_OFF.plusSeconds(10), SU24, HMEIMIM, "SE"), TAKE_OFF.plusSeconds(131));
        ledger.linkAlert(late.id(), "alert-1");
        ledger.linkAlert(early.id(), "alert-1");
        ledger.linkAlert(other.id(), "alert-2");
        var byAlert = ledger.ofAlerts(List.of("alert-1", "alert-3"), AIRCRAFT, BASES);
        assertThat(byAlert).containsOnlyKeys("alert-1");
        assertThat(byAlert.get("alert-1")).as("by observation time").containsExactly(early, late);
        assertThat(ledger.ofAlerts(List.of(), AIRCRAFT, BASES)).isEmpty();
        var logged = ledger.loggedBetween(TAKE_OFF, TAKE_OFF.plusSeconds(3600), AIRCRAFT, BASES);
        assertThat(logged).extracting(l -> l.sighting()).as("in the order received").containsExactly(late, early, other);
        assertThat(logged.get(0).receivedAt()).isEqualTo(TAKE_OFF.plusSeconds(125));
        assertThat(logged).extracting(l -> l.alertId()).containsExactly("alert-1", "alert-1", "alert-2");
    }

    @Test
    void anExerciseSightingIsReadBackAsAnExercise() {
        Sighting drill = ledger.record(takeOff("falcon", TAKE_OFF, SU24, HMEIMIM, "NE").asExercise(), TAKE_OFF);
        assertThat(ledger.anyLive()).as("a drill alone is no live sighting").isFalse();
        Sighting live = ledger.record(takeOff("falcon", TAKE_OFF.plusSeconds(1), SU24, HMEIMIM, "NE"), TAKE_OFF.plusSeconds(1));
        assertThat(ledger.observedBetween(TAKE_OFF, TAKE_OFF.plusSeconds(60), AIRCRAFT, BASES)).containsExactly(drill, live)
                .extracting(s -> s.observation().exercise()).containsExactly(true, false);
        assertThat(ledger.anyLive()).isTrue();
    }

    @Test
    void unknownAndRevokedSpottersAreRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> ledger.record(takeOff("stranger", TAKE_OFF, SU24, HMEIMIM, "NE"), TAKE_OFF))
                .isInstanceOf(SightingRejectedException.class).hasMessage("spotter: not registered");
        ledger.record(takeOff("falcon", TAKE_OFF, SU24, HMEIMIM, "NE"), TAKE_OFF);
        Instant revoked = TAKE_OFF.plusSeconds(60);
        ledger.revokeSpotter("falcon", revoked);
        assertThat(ledger.spotter("falcon").orElseThrow().revokedAt()).isEqualTo(revoked);
        assertThatThrownBy(() -> ledger.record(takeOff("falcon", TAKE_OFF.plusSeconds(90), SU24, HMEIMIM, "NE"), TAKE_OFF.plusSeconds(90)))
                .isInstanceOf(SightingRejectedException.class).hasMessageStartingWith("spotter: revoked");
        assertThat(ledger.count()).as("the revoked spotter's past sighting stays, the new one is not stored").isEqualTo(1);
        assertThatThrownBy(() -> ledger.revokeSpotter("nobody", revoked)).hasMessage("no such spotter");
    }

    /**
     * Sightings as evidence (decision 0814), read back from this store: the Ariha take-off warned Ariha, so a strike
     * there six minutes later links to the alert the sighting went to, under that alert's id, and points at the
     * aircraft's operators; a strike two hours later, one known only by its day, and a drill's flight do not link.
     */
    @Test
    void aStrikeWhereAndWhenALiveAlertWarnedLinksToThatAlertAndADrillNever() {
        Sighting live = ledger.record(takeOff("falcon", TAKE_OFF, SU24, HMEIMIM, "NE"), TAKE_OFF.plusSeconds(2));
        ledger.linkAlert(live.id(), "alert-ariha");
        FlightEvidence evidence = new FlightEvidence(ledger, AIRCRAFT, BASES, projector());
        ZoneOffset damascus = ZoneOffset.ofHours(2);
        LocalDate day = LocalDate.of(2015, 11, 29);
        Incident strike = incidentAtAriha(IncidentDate.at(day, LocalTime.of(11, 41), damascus));

        List<IncidentLink> links = evidence.linksFor(strike);
        assertThat(links).extracting(IncidentLink::alertId).containsExactly("alert-ariha");
        assertThat(links.getFirst().threat().place().name()).isEqualTo("Ariha");
        assertThat(links.getFirst().operators()).isEqualTo(IncidentLink.operatorsOf(SU24, HMEIMIM));
        assertThat(links.getFirst().explanation()).startsWith("alert alert-ariha (").doesNotContain("falcon").doesNotContain("post-");

        assertThat(evidence.linksFor(incidentAtAriha(IncidentDate.at(day, LocalTime.of(13, 41), damascus)))).as("two hours after").isEmpty();
        assertThat(evidence.linksFor(incidentAtAriha(IncidentDate.onDay(day)))).as("a day says nothing of a flight").isEmpty();

        Sighting drill = ledger.record(takeOff("falcon", TAKE_OFF.plusSeconds(3600), SU24, HMEIMIM, "NE").asExercise(), TAKE_OFF.plusSeconds(3602));
        ledger.linkAlert(drill.id(), "alert-drill");
        assertThat(evidence.linksFor(incidentAtAriha(IncidentDate.at(day, LocalTime.of(12, 41), damascus))))
                .as("an exercise is never evidence").isEmpty();
    }

    private Incident incidentAtAriha(IncidentDate when) {
        IncidentForTest i = IncidentForTest.at(ARIHA.point().lat(), ARIHA.point().lon()).on(when);
        return store.incidents().create(i.facts(), List.of(i.report("test:" + java.util.UUID.randomUUID())));
    }
}
