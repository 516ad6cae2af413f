package org.groundtruth.web.warning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.groundtruth.warning.WarningForTest.HMEIMIM;
import static org.groundtruth.warning.WarningForTest.SU24;
import static org.groundtruth.warning.WarningForTest.TAKE_OFF;

import org.groundtruth.warning.Alert;
import org.groundtruth.warning.AlertChange;
import org.groundtruth.warning.AlertDesk;
import org.groundtruth.warning.WarningForTest;
import org.junit.jupiter.api.Test;

/**
 * The pushed message built straight from the alert with its first places (decision 0819) is the one cut from the
 * whole alert's JSON as before: same fields, same order, same places, {@code threatCount} the whole count.
 */
class PushedAlertJsonTest {
    static Alert ariha() {
        AlertDesk desk = new AlertDesk(WarningForTest.projector(), WarningForTest.ids());
        return desk.receive(WarningForTest.takeOff("falcon", TAKE_OFF, SU24, HMEIMIM, "NE"), TAKE_OFF).get(0).alert();
    }

    @Test
    void builtWithTheFirstPlacesItIsTheWholeCutToThem() {
        Alert a = ariha();
        assertThat(a.threats().size()).as("more places than are pushed in this test").isGreaterThan(3);
        for (int places : new int[]{1, 3, a.threats().size(), a.threats().size() + 5}) {
            assertThat(AlertJson.of(a, places).toString()).as("%d places", places).isEqualTo(AlertJson.pushed(AlertJson.of(a), places).toString());
        }
        assertThat(AlertJson.of(a, 3).path("threatCount").asInt()).isEqualTo(a.threats().size());
    }

    @Test
    void theEventsMessageCarriesThePushedFormAndIsMadeOnce() {
        Alert a = ariha();
        AlertEvent e = new AlertEvent(9, AlertChange.Kind.ISSUED, a);
        assertThat(e.message().path("alert").toString()).isEqualTo(AlertJson.pushed(AlertJson.of(a)).toString());
        assertThat(e.messageText()).isSameAs(e.messageText()).startsWith("{\"sequence\":9,\"change\":\"issued\",");
        assertThat(e.json()).isSameAs(e.json());
        assertThat(e.json().toString()).isEqualTo(AlertJson.of(a).toString());
    }
}
