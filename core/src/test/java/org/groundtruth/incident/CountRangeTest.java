package org.groundtruth.incident;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CountRangeTest {

    @Test
    void displaysRangesAsSourcesGiveThem() {
        assertThat(new CountRange(40, 49).display()).isEqualTo("40-49");
        assertThat(CountRange.exactly(12).display()).isEqualTo("12");
        assertThat(new CountRange(3, null).display()).isEqualTo("at least 3");
        assertThat(CountRange.UNKNOWN.display()).isEqualTo("unknown");
    }

    @Test
    void refusesInvertedAndNegativeRanges() {
        assertThatThrownBy(() -> new CountRange(49, 40)).hasMessageContaining("maximum below its minimum");
        assertThatThrownBy(() -> new CountRange(-1, 4)).hasMessageContaining("below zero");
    }

    @Test
    void parsesObjectCodesAndLabels() {
        assertThat(CivilianObject.parse("place of worship")).contains(CivilianObject.PLACE_OF_WORSHIP);
        assertThat(CivilianObject.parse("Civil-Defence")).contains(CivilianObject.CIVIL_DEFENCE);
        assertThat(CivilianObject.parse("idp camp")).contains(CivilianObject.DISPLACEMENT_CAMP);
        assertThat(CivilianObject.parse("tank")).isEmpty();
    }
}
