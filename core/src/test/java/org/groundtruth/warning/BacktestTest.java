package org.groundtruth.warning;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.groundtruth.warning.WarningForTest.*;

class BacktestTest {
    @Test
    void countsWarnedStrikesTheirLeadTimeAndThePlacesEachAlertCost() {
        AlertDesk desk = new AlertDesk(projector(), ids());
        Alert ariha = desk.receive(takeOff("falcon", TAKE_OFF, SU24, HMEIMIM, "NE"), TAKE_OFF).get(0).alert();
        Alert helicopter = desk.receive(takeOff("owl", TAKE_OFF, MI8, SHAYRAT, "S"), TAKE_OFF).get(0).alert();
        List<Backtest.Strike> strikes = List.of(
                new Backtest.Strike("market", ARIHA.point(), 1, TAKE_OFF.plusSeconds(7 * 60), TAKE_OFF.plusSeconds(7 * 60)),
                new Backtest.Strike("early", ARIHA.point(), 1, TAKE_OFF.plusSeconds(2 * 60), TAKE_OFF.plusSeconds(2 * 60)),
                new Backtest.Strike("before", ARIHA.point(), 1, TAKE_OFF.minusSeconds(600), TAKE_OFF.minusSeconds(600)),
                new Backtest.Strike("elsewhere", TOWNS.get(9).point(), 1, TAKE_OFF.plusSeconds(600), TAKE_OFF.plusSeconds(600)));
        Backtest.Report r = Backtest.run(List.of(ariha, helicopter), strikes);
        assertThat(r.strikes()).isEqualTo(4);
        assertThat(r.warned()).as("the market at 7 min, and 2 min (inside the window's 15-minute slack)").isEqualTo(2);
        assertThat(r.leadMinutes()).containsExactly(2.0, 7.0);
        assertThat(r.medianLeadMinutes()).isEqualTo(4.5);
        assertThat(r.shareWithFiveMinutes()).isCloseTo(0.5, within(1e-9));
        assertThat(r.alertsWithStrike()).isEqualTo(1);
        assertThat(r.precision()).isEqualTo(0.5);
        assertThat(r.placesPerAlert()).containsExactlyInAnyOrder(helicopter.threats().size(), ariha.threats().size());
    }
}
