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
        assertThat(c.confidence()).isBetween(0.2, 0.6);
        assertThat(c.reason()).isEqualTo("0.00 km apart (both town ±5.00 km); same day (both day); objects hit unknown; "
                + "texts in Latin-script and Arabic, not compared");
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
    void gapsUnderAMinuteAndConsecutiveDaysAreSaidSo() {
        var a = townDay(1, 35.81, 36.61, Set.of(), "");
        var b = new MergeFootprint(2, 35.81, 36.61, 5, DAY + 86_400, DAY + 2 * 86_400 - 1, DatePrecision.DAY, Set.of());
        assertThat(MergeScore.candidate(a, b, 0).reason()).contains("; consecutive days (both day);");
        var c = exact(3, 35.81, 36.61, T, Set.of(), "");
        var d = exact(4, 35.81, 36.61, T + 42, Set.of(), "");
        assertThat(MergeScore.candidate(c, d, 0).reason()).contains("; 42 s apart (both exact time);");
    }
}
