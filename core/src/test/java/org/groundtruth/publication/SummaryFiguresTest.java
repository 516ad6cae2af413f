package org.groundtruth.publication;

import org.groundtruth.grading.Grade;
import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentForTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.groundtruth.publication.PublicationFixtures.*;

class SummaryFiguresTest {
    private static PublishedIncident row(String governorate, Integer min, Integer max, String... parties) {
        Incident i = published(IncidentForTest.at(35.9, 36.6).on("2015-11-01").in("X", governorate).killed(min, max).facts(), ucdp("1"));
        return Redaction.forPublication(i, graded(i, Grade.WEAK, parties), SourceLicences.defaults());
    }

    @Test
    void rangesAddUpAndSayWhatWasNotCounted() {
        SummaryFigures f = SummaryFigures.of(List.of(row("Idlib", 40, 49, "russian_military"), row("IDLIB", 3, 3, "russian_military"),
                row("Hama", null, null, "russian_military", "syrian_government")));
        assertThat(f.incidents()).isEqualTo(3);
        assertThat(f.killed().range()).isEqualTo("43-52");
        assertThat(f.killed().unknown()).isEqualTo(1);
        assertThat(f.byGovernorate()).extracting(Breakdown::label).containsExactly("Idlib", "Hama");
        assertThat(f.byParty()).extracting(Breakdown::label)
                .containsExactly("Russian military", "Russian military or Syrian government");
    }

    @Test
    void anOpenEndedCountMakesTheTotalOpenEnded() {
        SummaryFigures f = SummaryFigures.of(List.of(row("Idlib", 40, null, "unknown"), row("Idlib", 2, 5, "unknown")));
        assertThat(f.killed().range()).isEqualTo("at least 42");
        assertThat(f.byParty()).extracting(Breakdown::label).containsExactly("unknown");
    }

    @Test
    void nothingCountedIsUnknownNotZero() {
        assertThat(SummaryFigures.of(List.of(row("Idlib", null, null))).killed().range()).isEqualTo("unknown");
    }

    /** The breakdowns partition the total: on seeded random rows, each table's rows sum to the headline figures. */
    @Test
    void breakdownsSumToTheTotalsOnRandomRows() {
        Random rnd = new Random(12);
        String[] govs = {"Idlib", "Hama", "Homs", "Aleppo", null};
        String[][] parties = {{"russian_military"}, {"syrian_government"}, {"russian_military", "syrian_government"}, {"unknown"}};
        for (int round = 0; round < 50; round++) {
            List<PublishedIncident> rows = new ArrayList<>();
            long min = 0, max = 0;
            boolean open = false;
            int unknown = 0;
            for (int k = 0, n = rnd.nextInt(40); k < n; k++) {
                Integer lo = rnd.nextInt(5) == 0 ? null : rnd.nextInt(60);
                Integer hi = lo == null || rnd.nextInt(6) == 0 ? null : lo + rnd.nextInt(10);
                if (lo == null) unknown++;
                else {
                    min += lo;
                    if (hi == null) open = true;
                    else max += hi;
                }
                rows.add(row(govs[rnd.nextInt(govs.length)], lo, hi, parties[rnd.nextInt(parties.length)]));
            }
            SummaryFigures f = SummaryFigures.of(rows);
            assertThat(f.killed().min()).isEqualTo(min);
            assertThat(f.killed().unknown()).isEqualTo(unknown);
            assertThat(f.killed().openEnded()).isEqualTo(open && rows.size() > unknown);
            if (!f.killed().openEnded()) assertThat(f.killed().max()).isEqualTo(max);
            for (List<Breakdown> table : List.of(f.byGovernorate(), f.byParty())) {
                RangeTotal sum = table.stream().map(Breakdown::killed).reduce(RangeTotal.NONE, RangeTotal::plus);
                assertThat(sum).isEqualTo(f.killed());
                assertThat(table.stream().mapToInt(Breakdown::incidents).sum()).isEqualTo(rows.size());
            }
        }
    }

    @Test
    void childrenWomenAndMenAreSummedApart() {
        Incident i = published(IncidentForTest.at(35.9, 36.6).withCasualties(new Casualties(CountRange.of(10, 12), CountRange.exactly(20),
                CountRange.exactly(4), CountRange.of(2, 3), null)).facts(), ucdp("1"));
        SummaryFigures f = SummaryFigures.of(List.of(Redaction.forPublication(i, null, SourceLicences.defaults())));
        assertThat(f.childrenKilled().range()).isEqualTo("4");
        assertThat(f.womenKilled().range()).isEqualTo("2-3");
        assertThat(f.menKilled().range()).isEqualTo("unknown");
        assertThat(f.injured().range()).isEqualTo("20");
    }
}
