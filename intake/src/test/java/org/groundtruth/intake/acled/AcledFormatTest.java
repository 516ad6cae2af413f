package org.groundtruth.intake.acled;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.intake.FormatRun;
import org.groundtruth.intake.SharedData;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.DatePrecision;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AcledFormatTest {
    private static final Path SAMPLE = SharedData.resource("acled/acled_syria_2015_sample.csv");

    @Test
    void readsEveryRowOfTheSample() {
        FormatRun run = FormatRun.read(new AcledFormat(), SAMPLE);
        assertThat(run.problems).isEmpty();
        assertThat(run.records).hasSize(20);
        assertThat(run.lineByKey.get("acled:SYR2001")).isEqualTo(2L);
    }

    @Test
    void arihaMarketStrikeBecomesTheseFacts() {
        ImportedRecord r = FormatRun.read(new AcledFormat(), SAMPLE).get("acled:SYR2008");
        var f = r.facts();
        assertThat(f.title()).isEqualTo("Air/drone strike in Ariha");
        assertThat(f.date().precision()).isEqualTo(DatePrecision.DAY);
        assertThat(f.date().firstDay()).isEqualTo(LocalDate.of(2015, 11, 29)); // written "29 November 2015"
        assertThat(f.location().point().lat()).isEqualTo(35.8136);
        assertThat(f.location().point().lon()).isEqualTo(36.6092);
        assertThat(f.location().precision()).isEqualTo(LocationPrecision.TOWN);
        assertThat(f.location().placedBy()).isEqualTo(PlacedBy.SOURCE);
        assertThat(f.location().governorate()).isEqualTo("Idlib");
        assertThat(f.location().district()).isEqualTo("Ariha");
        assertThat(f.location().countryCode()).isEqualTo("SY");
        assertThat(f.casualties().killed()).isEqualTo(CountRange.exactly(44));
        assertThat(f.objectsHit()).containsExactly(CivilianObject.MARKET);
        assertThat(f.allegedPerpetrators()).containsExactly("Military Forces of Russia (2000-)");
        assertThat(r.source().name()).isEqualTo("Amnesty International; SOHR");
        assertThat(r.source().dataset()).isEqualTo("acled");
        assertThat(r.text()).startsWith("Russian warplanes struck the crowded market in Ariha");
        assertThat(r.fields()).hasSize(31).containsEntry("event_date", "29 November 2015");
    }

    @Test
    void fatalitiesAreAnUpperBoundOnlyWithoutCivilianTargeting() {
        FormatRun run = FormatRun.read(new AcledFormat(), SAMPLE);
        assertThat(run.get("acled:SYR2004").facts().casualties().killed()).isEqualTo(CountRange.of(0, 3));
        assertThat(run.get("acled:SYR2002").facts().casualties().killed()).isEqualTo(CountRange.exactly(0));
        assertThat(run.get("acled:SYR2001").facts().casualties().killed()).isEqualTo(CountRange.exactly(17));
    }

    @Test
    void olderExportsWithoutCivilianTargetingStillCountViolenceAgainstCivilians(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path file = org.groundtruth.intake.AcledFileForTest.acled().withoutColumns("civilian_targeting", "disorder_type", "tags")
                .row("SYR1", "event_type", "Violence against civilians", "sub_event_type", "Attack", "fatalities", "5")
                .row("SYR2", "fatalities", "7")
                .writeTo(dir, "old.csv");
        FormatRun run = FormatRun.read(new AcledFormat(), file);
        assertThat(run.problems).isEmpty();
        assertThat(run.get("acled:SYR1").facts().casualties().killed()).isEqualTo(CountRange.exactly(5));
        assertThat(run.get("acled:SYR2").facts().casualties().killed()).isEqualTo(CountRange.of(0, 7));
    }

    @Test
    void timeAndGeoPrecisionWidenTheWindowAndTheArea() {
        FormatRun run = FormatRun.read(new AcledFormat(), SAMPLE);
        var week = run.get("acled:SYR2009").facts();
        assertThat(week.date().precision()).isEqualTo(DatePrecision.WEEK);
        assertThat(week.date().firstDay()).isEqualTo(LocalDate.of(2015, 11, 1));
        assertThat(week.date().lastDay()).isEqualTo(LocalDate.of(2015, 11, 7));
        assertThat(week.location().precision()).isEqualTo(LocationPrecision.DISTRICT);
        var month = run.get("acled:SYR2010").facts();
        assertThat(month.date().precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(month.date().firstDay()).isEqualTo(LocalDate.of(2015, 11, 1));
        assertThat(month.date().lastDay()).isEqualTo(LocalDate.of(2015, 11, 30));
        assertThat(month.location().precision()).isEqualTo(LocationPrecision.GOVERNORATE);
    }

    @Test
    void battlesNameNoPerpetrator() {
        var battle = FormatRun.read(new AcledFormat(), SAMPLE).get("acled:SYR2011").facts();
        assertThat(battle.allegedPerpetrators()).isEmpty();
        assertThat(battle.casualties().killed()).isEqualTo(CountRange.of(0, 11));
    }

    @Test
    void objectsHitAreFoundInTheNotes() {
        FormatRun run = FormatRun.read(new AcledFormat(), SAMPLE);
        assertThat(run.get("acled:SYR2001").facts().objectsHit()).containsExactly(CivilianObject.RESIDENTIAL);
        assertThat(run.get("acled:SYR2006").facts().objectsHit()).containsExactly(CivilianObject.PLACE_OF_WORSHIP);
        assertThat(run.get("acled:SYR2013").facts().objectsHit()).containsExactly(CivilianObject.MEDICAL);
        assertThat(run.get("acled:SYR2014").facts().objectsHit()).containsExactly(CivilianObject.SCHOOL);
        assertThat(run.get("acled:SYR2015").facts().objectsHit()).containsExactly(CivilianObject.CIVIL_DEFENCE);
        assertThat(run.get("acled:SYR2016").facts().objectsHit()).containsExactly(CivilianObject.DISPLACEMENT_CAMP);
        assertThat(run.get("acled:SYR2017").facts().objectsHit()).containsExactly(CivilianObject.WATER_AND_POWER);
        assertThat(run.get("acled:SYR2018").facts().objectsHit()).containsExactly(CivilianObject.OTHER);
        assertThat(run.get("acled:SYR2012").facts().objectsHit()).containsExactly(CivilianObject.RESIDENTIAL);
        assertThat(run.get("acled:SYR2019").facts().objectsHit()).isEmpty();
    }

    @Test
    void keysAndContentHashesAreStableAcrossReads() {
        FormatRun first = FormatRun.read(new AcledFormat(), SAMPLE);
        FormatRun second = FormatRun.read(new AcledFormat(), SAMPLE);
        assertThat(second.byKey.keySet()).containsExactlyElementsOf(first.byKey.keySet());
        first.byKey.forEach((k, r) -> assertThat(second.get(k).contentHash()).isEqualTo(r.contentHash()));
        assertThat(first.byKey.values().stream().map(ImportedRecord::contentHash).distinct()).hasSize(20);
    }
}
