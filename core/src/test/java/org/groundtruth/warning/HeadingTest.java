package org.groundtruth.warning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeadingTest {
    @Test
    void degreesInAnyCommonSpelling() {
        assertThat(Heading.parse("45")).isEqualTo(new Heading(45, 0));
        assertThat(Heading.parse("045°")).isEqualTo(new Heading(45, 0));
        assertThat(Heading.parse("270 deg").degrees()).isEqualTo(270);
        assertThat(Heading.parse("360").degrees()).isZero();
    }

    @Test
    void compassPointsCarryTheirOwnPrecision() {
        assertThat(Heading.parse("NE")).isEqualTo(new Heading(45, 22.5));
        assertThat(Heading.parse("nne")).isEqualTo(new Heading(22.5, 11.25));
        assertThat(Heading.parse("north-east")).isEqualTo(new Heading(45, 22.5));
        assertThat(Heading.parse("Northwest")).isEqualTo(new Heading(315, 22.5));
        assertThat(Heading.parse("الشمال الشرقي")).isEqualTo(new Heading(45, 22.5));
        assertThat(Heading.parse("південний захід")).isEqualTo(new Heading(225, 22.5));
    }

    @Test
    void impossibleHeadingsAreRefusedSayingWhatIsAccepted() {
        assertThatThrownBy(() -> Heading.parse("400")).hasMessageContaining("outside 0..360");
        assertThatThrownBy(() -> Heading.parse("-10")).hasMessageContaining("outside 0..360");
        assertThatThrownBy(() -> Heading.parse("up")).hasMessageContaining("neither degrees").hasMessageContaining("NNE");
        assertThatThrownBy(() -> new Heading(Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void wordsInEveryLanguage() {
        Heading h = Heading.parse("50");
        assertThat(h.wordIn(Language.EN)).isEqualTo("north-east");
        assertThat(h.wordIn(Language.AR)).isEqualTo("الشمال الشرقي");
        assertThat(h.wordIn(Language.UK)).isEqualTo("північний схід");
        assertThat(Heading.parse("350").compassPoint()).isEqualTo("N");
    }
}
