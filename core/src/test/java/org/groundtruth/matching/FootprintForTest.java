package org.groundtruth.matching;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.time.DatePrecision;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

/** Fixtures: {@code FootprintForTest.incident(1).at(36.2, 37.1).onDay("2016-09-19").hit(MARKET).build()}. */
final class FootprintForTest {
    private final long id;
    private double lat = 36.2, lon = 37.15, radiusKm = 5;
    private long first = day("2016-09-19"), last = first + TimeSpans.DAY_SECONDS - 1;
    private DatePrecision precision = DatePrecision.DAY;
    private Set<CivilianObject> hit = Set.of();
    private String target;
    private long stated = ClaimFootprint.STATED_UNKNOWN;
    private org.groundtruth.incident.EventKind kind = org.groundtruth.incident.EventKind.UNKNOWN;

    private FootprintForTest(long id) {
        this.id = id;
    }

    static FootprintForTest incident(long id) {
        return new FootprintForTest(id);
    }

    static FootprintForTest claim(long id) {
        FootprintForTest f = new FootprintForTest(id);
        f.radiusKm = 10;
        return f;
    }

    FootprintForTest at(double lat, double lon) {
        this.lat = lat;
        this.lon = lon;
        return this;
    }

    FootprintForTest radiusKm(double km) {
        this.radiusKm = km;
        return this;
    }

    FootprintForTest onDay(String isoDay) {
        first = day(isoDay);
        last = first + TimeSpans.DAY_SECONDS - 1;
        precision = DatePrecision.DAY;
        return this;
    }

    FootprintForTest atSecond(long epochSecond) {
        first = last = epochSecond;
        precision = DatePrecision.EXACT_TIME;
        return this;
    }

    FootprintForTest between(long firstSecond, long lastSecond, DatePrecision p) {
        first = firstSecond;
        last = lastSecond;
        precision = p;
        return this;
    }

    FootprintForTest hit(CivilianObject... objects) {
        this.hit = Set.of(objects);
        return this;
    }

    /** The claim's statement time. */
    FootprintForTest stated(long epochSecond) {
        this.stated = epochSecond;
        return this;
    }

    FootprintForTest kind(org.groundtruth.incident.EventKind kind) {
        this.kind = kind;
        return this;
    }

    FootprintForTest claiming(String target) {
        this.target = target;
        return this;
    }

    IncidentFootprint incident() {
        return new IncidentFootprint(id, lat, lon, radiusKm, first, last, precision, hit, kind);
    }

    ClaimFootprint claim() {
        return new ClaimFootprint(id, lat, lon, radiusKm, first, last, precision, target, null, Math.max(first, stated));
    }

    static long day(String isoDay) {
        return LocalDate.parse(isoDay).toEpochSecond(java.time.LocalTime.MIDNIGHT, ZoneOffset.UTC);
    }

    /** The point {@code km} away from (lat, lon) on initial bearing {@code bearingDeg}, on the matcher's sphere. */
    static double[] destination(double lat, double lon, double km, double bearingDeg) {
        double d = km / GreatCircle.EARTH_RADIUS_KM, th = Math.toRadians(bearingDeg);
        double p1 = Math.toRadians(lat), l1 = Math.toRadians(lon);
        double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(th));
        double l2 = l1 + Math.atan2(Math.sin(th) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
        double lonDeg = Math.toDegrees(l2);
        lonDeg = ((lonDeg + 540) % 360) - 180;
        return new double[]{Math.max(-90, Math.min(90, Math.toDegrees(p2))), lonDeg};
    }
}
