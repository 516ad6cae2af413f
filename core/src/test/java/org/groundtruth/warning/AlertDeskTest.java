package org.groundtruth.warning;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.groundtruth.warning.WarningForTest.*;

/** The Ariha case as a spotter network would have reported it, and the lifecycle around it. */
class AlertDeskTest {
    private final AlertDesk desk = new AlertDesk(projector(), ids());

    private static AlertChange only(List<AlertChange> changes) {
        assertThat(changes).hasSize(1);
        return changes.get(0);
    }

    @Test
    void aTakeOffFromHmeimimHeadingNorthEastWarnsAriha() {
        AlertChange c = only(desk.receive(takeOff("falcon", TAKE_OFF, SU24, HMEIMIM, "NE"), TAKE_OFF));
        assertThat(c.kind()).isEqualTo(AlertChange.Kind.ISSUED);
        Alert a = c.alert();
        assertThat(a.level()).as("one spotter with a direction").isEqualTo(AlertLevel.WATCH);
        assertThat(a.threats()).extracting(t -> t.place().id()).contains("ariha", "idlib", "saraqib", "maarat")
                .doesNotContain("damascus", "homs", "latakia");
        Threat ariha = a.threats().stream().filter(t -> t.place().id().equals("ariha")).findFirst().orElseThrow();
        assertThat(ariha.distanceKm()).isBetween(74.0, 77.0);
        assertThat(ariha.earliest()).isEqualTo(TAKE_OFF.plusSeconds(4 * 60));
        assertThat(ariha.latest()).isEqualTo(TAKE_OFF.plusSeconds(9 * 60));
        assertThat(a.threats()).isSortedAccordingTo(Threat.BY_ARRIVAL);
        assertThat(a.earliestEta()).contains(a.threats().get(0).earliest());
        assertThat(a.expiresAt()).isAfter(ariha.latest());
        assertThat(a.area().get(0)).isEqualTo(a.area().get(a.area().size() - 1));
        assertThat(a.adminAreas()).contains(new AdminArea("SY", "Idlib", "Ariha"));
        assertThat(a.text(Language.EN)).startsWith("WATCH — Take-off: 1× Su-24M, base: Hmeimim air base, at 11:35, heading north-east.")
                .contains("Ariha 11:39–11:44");
        assertThat(a.text(Language.AR)).startsWith("تحذير — إقلاع: 1× سوخوي 24, القاعدة: قاعدة حميميم الجوية").contains("أريحا 11:39–11:44");
        assertThat(a.text(Language.UK)).startsWith("УВАГА — Зліт: 1× Су-24М, база — авіабаза Хмеймім, о 11:35, курс — північний схід.")
                .contains("Аріха 11:39–11:44").contains("Maarat al-Numan");
    }

    @Test
    void aSecondSpotterCorroboratesTheSameAlertAndRaisesIt() {
        String id = only(desk.receive(takeOff("falcon", TAKE_OFF, SU24, HMEIMIM, "NE"), TAKE_OFF)).alert().id();
        AlertChange again = only(desk.receive(takeOff("falcon", TAKE_OFF.plusSeconds(20), SU24, HMEIMIM, "NE"), TAKE_OFF.plusSeconds(20)));
        assertThat(again.kind()).as("the same spotter twice is not corroboration").isEqualTo(AlertChange.Kind.UPDATED);
        AlertChange second = only(desk.receive(takeOff("owl", TAKE_OFF.plusSeconds(40), SU24, HMEIMIM, "ENE"), TAKE_OFF.plusSeconds(40)));
        assertThat(second.kind()).isEqualTo(AlertChange.Kind.RAISED);
        assertThat(second.alert().id()).isEqualTo(id);
        assertThat(second.alert().level()).isEqualTo(AlertLevel.URGENT);
        assertThat(second.alert().spotterCount()).isEqualTo(2);
        assertThat(second.alert().sightingCount()).isEqualTo(3);
        Instant t = TAKE_OFF.plusSeconds(180);
        AlertChange onTheWay = only(desk.receive(seen("hawk", t, SU24, EventKind.OVERFLIGHT, 35.62, 36.28, null), t));
        assertThat(onTheWay.alert().id()).as("an overflight on the projected path is the same flight").isEqualTo(id);
        assertThat(onTheWay.alert().basis()).startsWith("track of");
        assertThat(onTheWay.alert().threats()).extracting(x -> x.place().id()).contains("ariha");
        assertThat(desk.active()).hasSize(1);
    }

    @Test
    void otherFlightsGetTheirOwnAlerts() {
        desk.receive(takeOff("falcon", TAKE_OFF, SU24, HMEIMIM, "NE"), TAKE_OFF);
        AlertChange helicopter = only(desk.receive(takeOff("owl", TAKE_OFF.plusSeconds(30), MI8, SHAYRAT, null), TAKE_OFF.plusSeconds(30)));
        assertThat(helicopter.kind()).isEqualTo(AlertChange.Kind.ISSUED);
        assertThat(helicopter.alert().level()).as("no direction, one spotter").isEqualTo(AlertLevel.INFO);
        AlertChange laterTakeOff = only(desk.receive(takeOff("owl", TAKE_OFF.plusSeconds(600), SU24, HMEIMIM, "SE"), TAKE_OFF.plusSeconds(600)));
        assertThat(laterTakeOff.kind()).as("ten minutes later is another sortie").isEqualTo(AlertChange.Kind.ISSUED);
        Instant t = TAKE_OFF.plusSeconds(300);
        AlertChange behind = only(desk.receive(seen("hawk", t, SU24, EventKind.HEADING, 34.9, 35.3, "SW"), t));
        assertThat(behind.kind()).as("a jet south-west of the base is not the one flying north-east").isEqualTo(AlertChange.Kind.ISSUED);
        assertThat(desk.active()).hasSize(4);
    }

    @Test
    void aLandingCancelsAndSilenceExpiresButNeverReadsAsAllClear() {
        String id = only(desk.receive(takeOff("falcon", TAKE_OFF, SU24, HMEIMIM, "NE"), TAKE_OFF)).alert().id();
        Instant back = TAKE_OFF.plusSeconds(15 * 60);
        AlertChange cancel = only(desk.receive(landing("owl", back, SU24, HMEIMIM, EventKind.RETURNED_TO_BASE), back));
        assertThat(cancel.kind()).isEqualTo(AlertChange.Kind.CANCELLED);
        assertThat(cancel.alert().id()).isEqualTo(id);
        assertThat(cancel.alert().state()).isEqualTo(AlertState.CANCELLED);
        assertThat(cancel.alert().threats()).isEmpty();
        assertThat(cancel.alert().text(Language.EN)).startsWith("CANCELLED — Returned to base").contains("is cancelled");
        assertThat(desk.active()).isEmpty();
        assertThat(only(desk.receive(landing("owl", back, SU24, HMEIMIM, EventKind.LANDING), back)).kind()).isEqualTo(AlertChange.Kind.IGNORED);

        Alert issued = only(desk.receive(takeOff("falcon", back, MI8, SHAYRAT, "N"), back)).alert();
        assertThat(desk.expire(issued.expiresAt().minusSeconds(1))).isEmpty();
        List<AlertChange> expired = desk.expire(issued.expiresAt());
        assertThat(expired).extracting(AlertChange::kind).containsExactly(AlertChange.Kind.EXPIRED);
        assertThat(expired.get(0).alert().text(Language.EN)).contains("This is not an all-clear");
        assertThat(expired.get(0).alert().text(Language.UK)).contains("Це не відбій");
        assertThat(desk.active()).isEmpty();
    }

    @Test
    void anAlertLivesUntilItsLastPlaceCouldBeReachedWithinBounds() {
        Alert a = only(desk.receive(takeOff("falcon", TAKE_OFF, SU24, HMEIMIM, "NE"), TAKE_OFF)).alert();
        Instant latest = a.threats().stream().map(Threat::latest).max(Instant::compareTo).orElseThrow();
        assertThat(a.expiresAt()).isEqualTo(latest.isAfter(TAKE_OFF.plusSeconds(40 * 60)) ? TAKE_OFF.plusSeconds(40 * 60) : latest);
        assertThat(a.expiresAt()).isAfterOrEqualTo(TAKE_OFF.plusSeconds(10 * 60));
    }

    @Test
    void aSightingTooOldToWarnIsIgnoredAndAStrikeIsUrgentAtOnce() {
        Instant now = TAKE_OFF.plusSeconds(3 * 3600);
        assertThat(only(desk.receive(takeOff("falcon", TAKE_OFF, SU24, HMEIMIM, "NE"), now)).kind()).isEqualTo(AlertChange.Kind.IGNORED);
        AlertChange strike = only(desk.receive(seen("hawk", now, SU24, EventKind.STRIKE_HEARD, 35.81, 36.61, null), now));
        assertThat(strike.alert().level()).isEqualTo(AlertLevel.URGENT);
        assertThat(strike.alert().threats()).extracting(t -> t.place().id()).as("within 25 km and a cell of the strike")
                .containsExactlyInAnyOrder("ariha", "idlib", "saraqib", "maarat", "jisr");
    }

    @Test
    void alertsCarryNoSpotterNameNorPost() {
        desk.receive(takeOff("Abu Falcon", TAKE_OFF, SU24, HMEIMIM, "NE"), TAKE_OFF);
        Alert a = only(desk.receive(seen("Umm Owl", TAKE_OFF.plusSeconds(120), SU24, EventKind.OVERFLIGHT, 35.512345, 36.212345, null),
                TAKE_OFF.plusSeconds(120))).alert();
        String everything = a.toString() + a.texts();
        assertThat(everything).doesNotContain("Abu Falcon").doesNotContain("Umm Owl").doesNotContain("post-").doesNotContain("35.512345")
                .doesNotContain("36.212345");
        assertThat(a.area()).noneMatch(c -> c.lat() == 35.512345);
    }

    @Test
    void aDeskRestoredFromTheLedgerCorroboratesTheAlertAnEarlierRunIssuedAndStillExpiresIt() {
        Sighting first = takeOff("falcon", TAKE_OFF, SU24, HMEIMIM, "NE");
        Alert issued = only(desk.receive(first, TAKE_OFF)).alert();
        StoredAlert stored = StoredAlert.of(issued, "{}");

        AlertDesk restarted = new AlertDesk(projector(), ids());
        Alert back = restarted.restore(stored, List.of(first));
        assertThat(back).as("the same alert, rebuilt as it was published").isEqualTo(issued);
        assertThat(restarted.active()).containsExactly(issued);
        AlertChange second = only(restarted.receive(takeOff("owl", TAKE_OFF.plusSeconds(40), SU24, HMEIMIM, "ENE"), TAKE_OFF.plusSeconds(40)));
        assertThat(second.kind()).as("corroborated, not issued again").isEqualTo(AlertChange.Kind.RAISED);
        assertThat(second.alert().id()).isEqualTo(issued.id());
        assertThat(second.alert().issuedAt()).isEqualTo(issued.issuedAt());
        assertThat(second.alert().spotterCount()).isEqualTo(2);

        AlertDesk late = new AlertDesk(projector(), ids());
        late.restore(stored, List.of(first));
        assertThat(late.expire(issued.expiresAt())).extracting(c -> c.kind(), c -> c.alert().id())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertChange.Kind.EXPIRED, issued.id()));
        assertThat(late.active()).isEmpty();
    }
}
