package org.groundtruth.merging;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.time.DatePrecision;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MergeScoreTest {
    static final long T = 1_448_791_200L; // 2015-11-29T10:00:00Z
    static final long DAY = 1_448_755_200L; // 2015-11-29T00:00:00Z

    static MergeFootprint exact(long id, double lat, double lon, long t, Set<CivilianObject> hit, String text) {
        return new MergeFootprint(id, lat, lon, 0.1, t, t, DatePrecision.EXACT_TIME, hit, TextNormaliser.signature(text));
    }

    static MergeFootprint townDay(long id, double lat, double lon, Set<CivilianObject> hit, String text) {
        return new MergeFootprint(id, lat, lon, 5, DAY, DAY + 86_399, DatePrecision.DAY, hit, TextNormaliser.signature(text));
    }

    @Test
    void twoGeolocatedVideosOfTheSameMarketStrikeAreSure() {
        var a = exact(7, 35.8100, 36.6100, T, Set.of(CivilianObject.MARKET), "غارة جوية على سوق أريحا الشعبي ومقتل ٤٠ مدنيا");
        var b = exact(3, 35.8104, 36.6102, T + 600, Set.of(CivilianObject.MARKET), "مقتل 40 مدنيا في غارة على السوق الشعبي في اريحا");
        MergeCandidate c = MergeScore.candidate(a, b, Haversine.km(a, b));
        assertThat(c.firstId()).isEqualTo(3);
        assertThat(c.secondId()).isEqualTo(7);
        assertThat(c.confidence()).isGreaterThan(0.95);
        assertThat(c.reason()).startsWith("0.05 km apart (both exact ±0.10 km); 10 min apart (both exact time); both hit market; Arabic texts share");
    }

    @Test
    void twoTownLevelReportsOfTheSameDayAreForAReviewer() {
        var a = townDay(1, 35.81, 36.61, Set.of(), "Airstrike on Ariha");
        var b = townDay(2, 35.81, 36.61, Set.of(), "غارة على أريحا");
        MergeCandidate c = MergeScore.candidate(a, b, 0);
        // nothing known around them: what two same-day town records are in the labelled years (decision 0564), below
        // the automatic 0.95
        assertThat(c.confidence()).isBetween(0.5, 0.9);
        assertThat(c.reason()).isEqualTo("0.00 km apart (both town ±5.00 km); same day (both day); objects hit unknown; "
                + "Latin-script and Arabic texts share 1 of 5 numbers and transliterated names");
    }

    @Test
    void arabicAndEnglishReportsAreComparedThroughNumbersAndNames() {
        var arabic = townDay(1, 35.93, 36.63, Set.of(), "غارة جوية على سوق معرة النعمان تقتل ١٢ مدنيا");
        var english = townDay(2, 35.93, 36.63, Set.of(), "Airstrike on the market of Maarat al-Numan kills 12 civilians");
        var elsewhere = townDay(3, 35.93, 36.63, Set.of(), "Shelling of Kafr Nabl wounds 3 people");
        MergeCandidate same = MergeScore.candidate(arabic, english, 0), other = MergeScore.candidate(arabic, elsewhere, 0);
        assertThat(same.confidence()).isGreaterThan(other.confidence());
        assertThat(same.reason()).contains("Arabic and Latin-script texts share 3 of");
    }

    @Test
    void twoIncidentsCitingOneRoundupAreNotMergedByItsWords() {
        String roundup = "Warplanes struck Kafr Nabl, Hass and Maarat al-Numan today, killing 9 civilians";
        long source = MergeFootprint.sourceKey("https://example.org/roundup-2016-01-04");
        var a = withSource(townDay(1, 35.61, 36.56, Set.of(), roundup), source);
        var b = withSource(townDay(2, 35.61, 36.56, Set.of(), roundup), source);
        var noText = townDay(3, 35.61, 36.56, Set.of(), "");
        var c = townDay(4, 35.61, 36.56, Set.of(), "");
        MergeCandidate shared = MergeScore.candidate(a, b, 0);
        // their words say nothing, and a source reporting both says there were two strikes (decision 0564)
        assertThat(shared.confidence()).isLessThan(MergeScore.candidate(noText, c, 0).confidence()).isLessThan(0.5);
        assertThat(shared.reason()).contains("both cite a shared source: its words are not counted");
        // the same words from two sources do count
        assertThat(MergeScore.candidate(townDay(5, 35.61, 36.56, Set.of(), roundup), townDay(6, 35.61, 36.56, Set.of(), roundup), 0)
                .confidence()).isGreaterThan(shared.confidence());
    }

    @Test
    void reportsWithoutTextAreNotHeldAgainst() {
        var a = exact(1, 35.81, 36.61, T, Set.of(), "");
        var b = exact(2, 35.8101, 36.61, T + 300, Set.of(), "");
        assertThat(MergeScore.candidate(a, b, Haversine.km(a, b)).confidence()).isGreaterThan(0.95);
        var c = townDay(3, 35.81, 36.61, Set.of(), "");
        var d = townDay(4, 35.81, 36.61, Set.of(), "");
        var e = townDay(5, 35.81, 36.61, Set.of(), "Clashes with heavy weapons on the western front line");
        var f = townDay(6, 35.81, 36.61, Set.of(), "A displacement camp received families from the south");
        assertThat(MergeScore.candidate(c, d, 0).confidence()).isGreaterThan(MergeScore.candidate(e, f, 0).confidence());
        assertThat(MergeScore.candidate(c, d, 0).reason()).endsWith("no text");
    }

    static MergeFootprint withSource(MergeFootprint f, long source) {
        return new MergeFootprint(f.id(), f.lat(), f.lon(), f.radiusKm(), f.firstSecond(), f.lastSecond(), f.datePrecision(), f.objectsHit(),
                f.text(), f.kind(), new long[]{source});
    }

    @Test
    void differentObjectsAndFarApartPreciseSpotsLowerConfidence() {
        var a = exact(1, 35.81, 36.61, T, Set.of(CivilianObject.MARKET), "");
        var near = exact(2, 35.8101, 36.61, T + 60, Set.of(CivilianObject.MARKET), "");
        var school = exact(3, 35.8101, 36.61, T + 60, Set.of(CivilianObject.SCHOOL), "");
        var far = exact(4, 35.8180, 36.61, T + 60, Set.of(CivilianObject.MARKET), "");
        double same = MergeScore.candidate(a, near, Haversine.km(a, near)).confidence();
        MergeCandidate other = MergeScore.candidate(a, school, Haversine.km(a, school));
        assertThat(other.confidence()).isLessThan(same);
        assertThat(other.reason()).contains("hit different objects (market / school)");
        assertThat(MergeScore.candidate(a, far, Haversine.km(a, far)).confidence()).isLessThan(same);
    }

    @Test
    void similarUkrainianTextsRaiseConfidence() {
        var a = townDay(1, 49.99, 36.23, Set.of(), "Ракетний удар по ринку в Харкові, загинули 5 людей");
        var b = townDay(2, 49.99, 36.23, Set.of(), "Удар ракетою по ринку у Харкові: 5 загиблих");
        var c = townDay(3, 49.99, 36.23, Set.of(), "Обстріл енергетичної інфраструктури області вночі");
        assertThat(MergeScore.candidate(a, b, 0).confidence()).isGreaterThan(MergeScore.candidate(a, c, 0).confidence());
        assertThat(MergeScore.candidate(a, b, 0).reason()).contains("Cyrillic (Ukrainian) texts share");
    }

    @Test
    void touchingDaysAreADayApartNotWithinTheHour() {
        var a = townDay(1, 35.81, 36.61, Set.of(), "");
        var b = new MergeFootprint(2, 35.81, 36.61, 5, DAY + 86_400, DAY + 2 * 86_400 - 1, DatePrecision.DAY, Set.of());
        var list = java.util.List.of(a, b);
        assertThat(MergeEngine.pairs(list, MergeParameters.DEFAULT).size()).isZero();
        assertThat(BruteForceMerger.pairs(list, MergeParameters.DEFAULT).size()).isZero();
        var day = new MergeParameters(1, 86_400);
        assertThat(MergeEngine.pairs(list, day).size()).isEqualTo(1);
        // two clock times either side of midnight remain minutes apart
        var late = exact(3, 35.81, 36.61, DAY + 86_400 - 600, Set.of(), "");
        var early = exact(4, 35.81, 36.61, DAY + 86_400 + 600, Set.of(), "");
        assertThat(MergeEngine.pairs(java.util.List.of(late, early), MergeParameters.DEFAULT).size()).isEqualTo(1);
    }

    @Test
    void gapsUnderAMinuteAndConsecutiveDaysAreSaidSo() {
        var a = townDay(1, 35.81, 36.61, Set.of(), "");
        var b = new MergeFootprint(2, 35.81, 36.61, 5, DAY + 86_400, DAY + 2 * 86_400 - 1, DatePrecision.DAY, Set.of());
        assertThat(MergeScore.candidate(a, b, 0).reason()).contains("; consecutive days (both day);");
        var c = exact(3, 35.81, 36.61, T, Set.of(), "");
        var d = exact(4, 35.81, 36.61, T + 42, Set.of(), "");
        assertThat(MergeScore.candidate(c, d, 0).reason()).contains("; 42 s apart (both exact time);");
    }
}
