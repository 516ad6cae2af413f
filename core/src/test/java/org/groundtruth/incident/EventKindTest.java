package org.groundtruth.incident;

import org.groundtruth.attribution.Attribution;
import org.groundtruth.attribution.AttributionInput;
import org.groundtruth.attribution.Attributor;
import org.groundtruth.attribution.ActivityCounts;
import org.groundtruth.attribution.WeaponTable;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Event kinds, their words, the sources' codings, and attribution that weighs strikes only (issue 10 item 1). */
class EventKindTest {

    @Test
    void kindsAreReadFromCodesLabelsAndCommonSpellings() {
        assertThat(EventKind.parse("air_strike")).contains(EventKind.AIR_STRIKE);
        assertThat(EventKind.parse("Air or drone strike")).contains(EventKind.AIR_STRIKE);
        assertThat(EventKind.parse("airstrike")).contains(EventKind.AIR_STRIKE);
        assertThat(EventKind.parse("Drone strike")).contains(EventKind.AIR_STRIKE);
        assertThat(EventKind.parse("ground battle")).contains(EventKind.GROUND_FIGHTING);
        assertThat(EventKind.parse("bombing")).isEmpty();
        assertThat(EventKind.parseSet("strikes")).isEqualTo(EventKind.STRIKES);
        assertThat(EventKind.parseSet("strikes, unknown")).isEqualTo(EnumSet.of(EventKind.AIR_STRIKE, EventKind.MISSILE, EventKind.UNKNOWN));
        assertThat(EventKind.parseSet("all")).hasSize(EventKind.values().length);
        assertThat(EventKind.parseSet(" ")).isNull();
        assertThatThrownBy(() -> EventKind.parseSet("strikes,bombs")).hasMessageContaining("not an event kind").hasMessageNotContaining("bombs");
        assertThat(EventKind.UNKNOWN.mayBeStrike()).isTrue();
        assertThat(EventKind.SHELLING.mayBeStrike()).isFalse();
    }

    @Test
    void acledSubEventTypesAndUcdpTypesOfViolenceDecide() {
        assertThat(EventKindCoding.acled("Explosions/Remote violence", "Air/drone strike", "")).isEqualTo(EventKind.AIR_STRIKE);
        assertThat(EventKindCoding.acled("Explosions/Remote violence", "Shelling/artillery/missile attack", "A ballistic missile hit"))
                .isEqualTo(EventKind.MISSILE);
        assertThat(EventKindCoding.acled("Explosions/Remote violence", "Shelling/artillery/missile attack", "Mortar shells"))
                .isEqualTo(EventKind.SHELLING);
        assertThat(EventKindCoding.acled("Battles", "Armed clash", "")).isEqualTo(EventKind.GROUND_FIGHTING);
        assertThat(EventKindCoding.acled("Violence against civilians", "Attack", "")).isEqualTo(EventKind.OTHER);
        assertThat(EventKindCoding.acled(null, null, null)).isEqualTo(EventKind.UNKNOWN);
        assertThat(EventKindCoding.ucdp("2", "IS", "SDF", "Warplanes strike and clashes continue")).isEqualTo(EventKind.GROUND_FIGHTING);
        assertThat(EventKindCoding.ucdp("1", "Government of Syria", "Syrian insurgents", "Warplanes strike Kafr Nubl")).isEqualTo(EventKind.AIR_STRIKE);
        assertThat(EventKindCoding.ucdp("1", "Government of Syria", "IS", "Bombardment targets Idlib")).isEqualTo(EventKind.UNKNOWN);
        assertThat(EventKindCoding.ucdp("3", "IS", "Civilians", "Executing five people")).isEqualTo(EventKind.OTHER);
        assertThat(EventKindCoding.ucdp("3", "Government of Syria", "Civilians", "Civilians killed")).isEqualTo(EventKind.UNKNOWN);
        assertThat(EventKindCoding.fromWords("A child and a fighter were killed")).as("a fighter is a person, not a jet").isEqualTo(EventKind.UNKNOWN);
        assertThat(EventKindCoding.fromFields(Map.of("Weapons_Used", "9M79M Tochka", "Description", "Airstrike on trucks")))
                .as("the weapon named comes first").isEqualTo(EventKind.MISSILE);
    }

    @Test
    void attributionSaysUnknownForWhatIsNotAStrikeAndWhy() {
        Attributor attributor = new Attributor(new WeaponTable(List.of()));
        IncidentFacts battle = IncidentForTest.at(36.2, 37.1).on("2016-02-11").by("Government of Syria").kind(EventKind.GROUND_FIGHTING).facts();
        Attribution a = attributor.attribute(new AttributionInput(1, battle, List.of(), ActivityCounts.none(25, 3), List.of(), Set.of("ucdp-ged")));
        assertThat(a.unknown()).isTrue();
        assertThat(a.explanation()).contains("ground fighting");
        assertThat(a.candidates().stream().mapToDouble(c -> c.probability()).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        Attribution strike = attributor.attribute(new AttributionInput(1, battle.withKind(EventKind.AIR_STRIKE), List.of(),
                ActivityCounts.none(25, 3), List.of(), Set.of("ucdp-ged")));
        assertThat(strike.unknown()).isFalse();
    }
}
