package org.groundtruth.grading;

import org.groundtruth.attribution.Party;
import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.Source;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.groundtruth.attribution.Party.*;

class GraderTest {
    private final Grader grader = new Grader();
    static final Source SOHR = new Source("SOHR", "acled", "https://example.org/1");
    static final Source SNHR = new Source("Syrian Network for Human Rights", "acled", "https://example.org/2");
    static final Casualties CIVILIANS = Casualties.killed(CountRange.of(3, 5));

    private GradeResult grade(List<Source> sources, List<String> texts, Casualties c, List<Set<Party>> alleged,
                              Set<Party> admitted, Set<Party> claimed, String nearby) {
        return grader.grade(new GradingInput(sources, texts, c, alleged, admitted, claimed, nearby));
    }

    @Test
    void anAdmissionConfirms() {
        GradeResult g = grade(List.of(SOHR), List.of(), CIVILIANS, List.of(Set.of(US_LED_COALITION)), Set.of(US_LED_COALITION), Set.of(), null);
        assertThat(g.computed()).isEqualTo(Grade.CONFIRMED);
        assertThat(g.reasons()).anySatisfy(r -> assertThat(r).contains("US-led coalition accepted responsibility"));
    }

    @Test
    void twoIndependentCredibleSourcesAndActionNearbyAreFair() {
        GradeResult g = grade(List.of(SOHR, SNHR), List.of(), CIVILIANS, List.of(Set.of(RUSSIAN_MILITARY)), Set.of(), Set.of(),
                "3 other incident(s) within 25 km and 30 days name Russian military");
        assertThat(g.computed()).isEqualTo(Grade.FAIR);
    }

    @Test
    void theSamePublisherTwiceOrAnUnnamedSourceIsStillWeak() {
        Source sohrAgain = new Source("The SOHR", "syrian-archive", "https://example.org/3");
        Source anonymous = new Source("unknown", "tips", null);
        GradeResult g = grade(List.of(SOHR, sohrAgain, anonymous), List.of(), CIVILIANS, List.of(), Set.of(), Set.of(), "claim matches");
        assertThat(g.computed()).isEqualTo(Grade.WEAK);
        assertThat(g.reasons()).anySatisfy(r -> assertThat(r).contains("repeat a source"))
                .anySatisfy(r -> assertThat(r).contains("unnamed or unverified")).anySatisfy(r -> assertThat(r).contains("single credible"));
        GradeResult noAction = grade(List.of(SOHR, SNHR), List.of(), CIVILIANS, List.of(), Set.of(), Set.of(), null);
        assertThat(noAction.computed()).isEqualTo(Grade.WEAK);
        assertThat(noAction.reasons()).anySatisfy(r -> assertThat(r).contains("no belligerent action nearby"));
    }

    @Test
    void competingClaimsOrAllegationsAreContestedButAJointAllegationIsNot() {
        assertThat(grade(List.of(SOHR), List.of(), CIVILIANS, List.of(), Set.of(RUSSIAN_MILITARY), Set.of(SYRIAN_GOVERNMENT), null)
                .computed()).isEqualTo(Grade.CONTESTED);
        assertThat(grade(List.of(SOHR, SNHR), List.of(), CIVILIANS, List.of(Set.of(RUSSIAN_MILITARY), Set.of(US_LED_COALITION)),
                Set.of(), Set.of(), "x").computed()).isEqualTo(Grade.CONTESTED);
        assertThat(grade(List.of(SOHR, SNHR), List.of(), CIVILIANS, List.of(Set.of(RUSSIAN_MILITARY, SYRIAN_GOVERNMENT)),
                Set.of(), Set.of(), "x").computed()).isEqualTo(Grade.FAIR);
    }

    @Test
    void combatantsOnlyIsDiscounted() {
        GradeResult g = grade(List.of(SOHR, SNHR), List.of("Twelve fighters killed in the strike on the base"), Casualties.UNKNOWN,
                List.of(), Set.of(RUSSIAN_MILITARY), Set.of(), null);
        assertThat(g.computed()).isEqualTo(Grade.DISCOUNTED);
    }

    @Test
    void anOverrideWinsAndKeepsTheComputedGradeAndNeedsAReasonAndAnAuthor() {
        GradeResult g = grade(List.of(SOHR), List.of(), CIVILIANS, List.of(), Set.of(), Set.of(), null)
                .withOverride(GradeOverride.of(7, Grade.FAIR, "second source found by phone", "amira"));
        assertThat(g.effective()).isEqualTo(Grade.FAIR);
        assertThat(g.computed()).isEqualTo(Grade.WEAK);
        assertThat(g.overridden()).isTrue();
        assertThatThrownBy(() -> GradeOverride.of(7, Grade.FAIR, " ", "amira")).hasMessageContaining("written reason");
        assertThatThrownBy(() -> GradeOverride.of(7, Grade.FAIR, "why", null)).hasMessageContaining("author");
        assertThat(Grade.parse("Confirmed")).contains(Grade.CONFIRMED);
        assertThat(Grade.parse("likely")).isEmpty();
    }
}
