package org.groundtruth.incident;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an incident was hit by shows in pages, exports and reports in one order, the enum's, in every run: an
 * immutable {@code Set.copyOf} iterates in an order salted per JVM, so a dataset exported twice would differ.
 */
class IncidentFactsOrderTest {
    @Test
    void objectsHitIterateInTheEnumsOrderWhateverOrderTheyWereGivenIn() {
        List<CivilianObject> reversed = new ArrayList<>(Arrays.asList(CivilianObject.values()));
        Collections.reverse(reversed);
        IncidentFacts facts = IncidentForTest.at(35.8, 36.6).hitting(reversed.toArray(CivilianObject[]::new)).facts();
        assertThat(new ArrayList<>(facts.objectsHit())).containsExactly(CivilianObject.values());
        assertThat(facts.objectsHit()).isEqualTo(new LinkedHashSet<>(reversed));
    }
}
