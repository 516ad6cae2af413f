package org.groundtruth.app.merging;

import org.groundtruth.merging.MergeLedger;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.app.Main;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.NewReport;
import org.groundtruth.incident.Source;
import org.groundtruth.merging.MergeStatus;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.IncidentDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** `groundtruth merge ...` as a user runs it, on a real SQLite store. */
class MergeCommandTest {
    @TempDir
    Path data;

    record Run(int exit, String out, String err) {
    }

    Run run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        PrintStream original = System.out;
        var out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int exit = cl.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString());
        } finally {
            System.setOut(original);
        }
    }

    static IncidentFacts facts(double lat, double lon, LocalTime time, LocationPrecision precision) {
        IncidentDate date = time == null ? IncidentDate.onDay(LocalDate.of(2015, 11, 29))
                : IncidentDate.at(LocalDate.of(2015, 11, 29), time, ZoneOffset.ofHours(2));
        return new IncidentFacts("Strike on Ariha market", null, date, new Location(new Coordinates(lat, lon), precision, null, "Ariha",
                "Idlib", null, "SY", PlacedBy.SOURCE), null, Set.of(CivilianObject.MARKET), List.of(), List.of());
    }

    void seed() {
        try (var store = JdbcStore.sqlite(data)) {
            Source s = new Source("Channel", "test", null);
            store.incidents().create(facts(35.8100, 36.6100, LocalTime.NOON, LocationPrecision.EXACT),
                    List.of(new NewReport("video:1", s, "غارة على سوق أريحا", "ar", Map.of())));
            store.incidents().create(facts(35.8102, 36.6100, LocalTime.of(12, 5), LocationPrecision.EXACT),
                    List.of(new NewReport("video:2", s, "غارة على السوق في أريحا", "ar", Map.of())));
            store.incidents().create(facts(35.8101, 36.6101, null, LocationPrecision.TOWN),
                    List.of(new NewReport("post:3", s, "Airstrike on Ariha", "en", Map.of())));
        }
    }

    @Test
    void proposeGroupsAcceptAWholeGroupUndoAndReject() {
        seed();
        Run propose = run("merge", "propose", "--data", data.toString());
        assertThat(propose.exit()).as(propose.err()).isZero();
        assertThat(propose.out()).contains("merge: 3 candidate pairs within 1 km and 1 h make 1 groups (proposed incidents) of 3 incidents;"
                + " 1 new groups: 0 applied automatically, 1 in the review queue; 0 merges proposed before left as they are");

        Run groups = run("merge", "groups", "--data", data.toString());
        assertThat(groups.out()).startsWith("1 pending groups showing 1-1").contains("group 1  3 incidents [1, 2, 3]")
                .contains("#1  incidents 1 + 2").contains("(exact ±0.10 km and town ±5.00 km)");
        Run none = run("merge", "groups", "--band", "0.99..1", "--data", data.toString());
        assertThat(none.out()).doesNotContain("group 1 ");

        Run accept = run("merge", "apply", "--group", "1", "--by", "ana", "--data", data.toString());
        assertThat(accept.exit()).as(accept.err()).isZero();
        assertThat(accept.out()).contains("applied: incident 2 merged into 1").contains("applied: incident 3 merged into 1");
        try (var store = JdbcStore.sqlite(data)) {
            assertThat(store.incidents().find(1).orElseThrow().reports()).hasSize(3);
        }
        Run show = run("merge", "show", "1", "--data", data.toString());
        assertThat(show.out()).contains("incident 2 (merged into 1)").contains("applied by ana");

        Run undo = run("merge", "undo", "2", "1", "--by", "ana", "--data", data.toString());
        assertThat(undo.exit()).as(undo.err()).isZero();
        try (var store = JdbcStore.sqlite(data)) {
            assertThat(store.incidents().find(1).orElseThrow().reports()).hasSize(1);
        }
        Run reject = run("merge", "reject", "--band", "0..1", "--note", "two strikes", "--by", "ana", "--data", data.toString());
        assertThat(reject.out()).contains("rejected by ana").contains("1 groups in band 0..1 decided");
        Run again = run("merge", "propose", "--data", data.toString());
        assertThat(again.out()).contains("0 new groups");
        try (var store = JdbcStore.sqlite(data)) {
            assertThat(store.port(MergeLedger.PORT).count(MergeStatus.APPLIED)).isZero();
        }
        Run nothing = run("merge", "apply", "--data", data.toString());
        assertThat(nothing.exit()).isEqualTo(2);
        assertThat(nothing.err()).contains("name proposal ids, --group G or --band MIN..MAX");
    }

    @Test
    void clearErrorsExitTwo() {
        seed();
        run("merge", "propose", "--no-auto", "--data", data.toString());
        Run unknown = run("merge", "undo", "99", "--data", data.toString());
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("groundtruth: merge: no merge proposal 99");
        Run notApplied = run("merge", "undo", "1", "--data", data.toString());
        assertThat(notApplied.exit()).isEqualTo(2);
        assertThat(notApplied.err().strip()).isEqualTo("groundtruth: merge: merge proposal 1 is pending, not applied: nothing to undo");
        Run badStatus = run("merge", "queue", "--status", "done", "--data", data.toString());
        assertThat(badStatus.exit()).isEqualTo(2);
        assertThat(badStatus.err()).contains("unknown merge status (pending, applied, rejected, superseded)");
        Run badThreshold = run("merge", "propose", "--auto-apply-at", "1.5", "--data", data.toString());
        assertThat(badThreshold.exit()).isEqualTo(2);
        assertThat(badThreshold.err()).contains("--auto-apply-at must lie between 0 and 1, not 1.5");
    }
}
