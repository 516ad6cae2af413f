package org.groundtruth.objective;

import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.place.Coordinates;
import org.groundtruth.time.IncidentDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.groundtruth.incident.CivilianObject.MARKET;

class ObjectiveAnalyzerTest {
    private final ObjectiveAnalyzer analyzer = new ObjectiveAnalyzer();
    private static final IncidentDate MIDDAY = IncidentDate.at(LocalDate.of(2015, 11, 29), LocalTime.of(12, 30), ZoneOffset.ofHours(2));

    static MilitaryObjective at(String name, String wkt, String from, String to) {
        return new MilitaryObjective(1, name, ObjectiveKind.BASE, MilitaryObjective.geometryOf(wkt),
                from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to), "Syrian government", "analyst notes", null, null);
    }

    private static IncidentFacts marketAtMidday() {
        return IncidentForTest.at(35.8135, 36.6106).on(MIDDAY).hitting(MARKET).killed(40, 49).facts().withLocation(
                IncidentForTest.at(35.8135, 36.6106).facts().location().placedAt(new Coordinates(35.8135, 36.6106),
                        org.groundtruth.place.LocationPrecision.NEIGHBOURHOOD, org.groundtruth.place.PlacedBy.SOURCE));
    }

    @Test
    void aMarketStruckAtMiddayWithNoObjectiveNearIsHighConcernInPlainWords() {
        List<MilitaryObjective> layer = List.of(at("Hmeimim air base", "POINT (35.9487 35.4011)", "2015-09-30", null));
        ObjectiveAnalysis a = analyzer.analyse(marketAtMidday(), List.of("report 1"),
                List.of("The market was crowded; there were no military positions in the town."), layer);
        assertThat(a.concern()).isEqualTo(ConcernLevel.HIGH);
        assertThat(a.statement()).startsWith("No military objective known within 1 km of a market struck at midday (12:30 local time)")
                .contains("Hmeimim air base").contains("no source reports an armed presence").contains("1 passage(s) say there was none");
        assertThat(a.nearestDistanceKm()).isBetween(60.0, 80.0);
        assertThat(a.caveat()).contains("not a legal finding");
    }

    @Test
    void onlyObjectivesActiveAtTheTimeCount() {
        List<MilitaryObjective> layer = List.of(
                at("Old checkpoint", "POINT (36.6110 35.8137)", "2013-01-01", "2014-12-31"),
                at("Far base", "POINT (36.7 35.9)", null, null));
        ObjectiveAnalysis a = analyzer.analyse(marketAtMidday(), List.of(), List.of(), layer);
        assertThat(a.nearest().name()).isEqualTo("Far base");
    }

    @Test
    void anObjectiveWithinAKilometreOrAnArmedPresenceLowersTheConcernAndSaysWhatWasFound() {
        ObjectiveAnalysis near = analyzer.analyse(marketAtMidday(), List.of(), List.of(),
                List.of(at("Checkpoint", "POINT (36.6150 35.8135)", null, null)));
        assertThat(near.concern()).isEqualTo(ConcernLevel.LOWER);
        assertThat(near.statement()).startsWith("A military objective is known 0.4 km from a market struck at midday");
        ObjectiveAnalysis armed = analyzer.analyse(marketAtMidday(), List.of("report 7"),
                List.of("Witnesses said armed men had set up a checkpoint at the entrance."), List.of());
        assertThat(armed.concern()).isEqualTo(ConcernLevel.LOWER);
        assertThat(armed.armedPresenceMentions()).anySatisfy(m -> assertThat(m).startsWith("report 7:").contains("armed men"));
        ObjectiveAnalysis arabic = analyzer.analyse(marketAtMidday(), List.of(), List.of("لا يوجد مقرات عسكرية في المنطقة"), List.of());
        assertThat(arabic.armedPresence().absences()).hasSize(1);
        assertThat(arabic.armedPresence().reported()).isFalse();
    }

    @Test
    void distancesToLinesAndAreas() {
        Coordinates p = new Coordinates(35.0, 36.0);
        ObjectiveGeometry line = MilitaryObjective.geometryOf("LINESTRING (36.1 34.5, 36.1 35.5)");
        assertThat(line.distanceKm(p)).isCloseTo(9.11, org.assertj.core.data.Offset.offset(0.05));
        ObjectiveGeometry area = MilitaryObjective.geometryOf("POLYGON ((35.9 34.9, 36.1 34.9, 36.1 35.1, 35.9 35.1, 35.9 34.9))");
        assertThat(area.distanceKm(p)).isZero();
        assertThat(area.distanceKm(new Coordinates(35.0, 36.2))).isCloseTo(9.11, org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void badGeometryAndPeriodsAreNamed() {
        assertThatThrownBy(() -> MilitaryObjective.geometryOf("POINT (200 35)")).hasMessageContaining("longitude 200");
        assertThatThrownBy(() -> MilitaryObjective.geometryOf("CIRCLE (1 2)")).hasMessageContaining("CIRCLE");
        assertThatThrownBy(() -> MilitaryObjective.geometryOf("POLYGON ((36 35, 37 35, 37 36, 36 35.5))")).hasMessageContaining("closed");
        assertThatThrownBy(() -> at("x", "POINT (36 35)", "2016-01-01", "2015-01-01")).hasMessageContaining("ends (2015-01-01) before it starts");
    }

    @Test
    void anUnplacedIncidentIsUndetermined() {
        ObjectiveAnalysis a = analyzer.analyse(IncidentForTest.unplaced("Ariha", "Idlib").facts(), List.of(), List.of(), List.of());
        assertThat(a.concern()).isEqualTo(ConcernLevel.UNDETERMINED);
        assertThat(a.statement()).contains("not placed");
    }
}
