package org.groundtruth.app.bench;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.matching.ClaimFootprint;
import org.groundtruth.matching.IncidentFootprint;
import org.groundtruth.matching.TimeSpans;
import org.groundtruth.time.DatePrecision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Synthetic incidents and claims clustered like the Syrian air war: around real towns (weighted by how often
 * they were struck), in bursts of days (campaigns) over 2012-2022, a share of claims describing a recorded
 * incident with the error belligerent locations show (mostly a few km, rarely up to 93 km), the rest claims of
 * strikes no monitor recorded. Deterministic for a seed.
 */
final class SyntheticStrikes {
    /** name, lat, lon, weight. */
    private static final Object[][] TOWNS = {
            {"Aleppo", 36.20, 37.16, 10}, {"Idlib", 35.93, 36.63, 8}, {"Douma", 33.57, 36.40, 6}, {"Homs", 34.73, 36.71, 5},
            {"Hama", 35.13, 36.75, 4}, {"Raqqa", 35.95, 39.01, 5}, {"Deir ez-Zor", 35.34, 40.14, 5}, {"Daraa", 32.62, 36.10, 4},
            {"Maarat al-Numan", 35.64, 36.67, 5}, {"Saraqib", 35.86, 36.80, 4}, {"Khan Shaykhun", 35.44, 36.65, 4},
            {"Jisr al-Shughur", 35.81, 36.32, 3}, {"Ariha", 35.81, 36.61, 3}, {"Kafr Nabl", 35.61, 36.56, 3}, {"Al-Bab", 36.37, 37.52, 3},
            {"Manbij", 36.53, 37.95, 2}, {"Palmyra", 34.56, 38.27, 2}, {"Al-Mayadin", 35.02, 40.45, 3}, {"Abu Kamal", 34.45, 40.92, 3},
            {"Al-Rastan", 34.93, 36.73, 3}, {"Talbiseh", 34.84, 36.73, 2}, {"Harasta", 33.56, 36.37, 3}, {"Jobar", 33.53, 36.33, 3},
            {"Zamalka", 33.53, 36.36, 2}, {"Darayya", 33.46, 36.24, 3}, {"Zabadani", 33.72, 36.10, 2}, {"Al-Latamenah", 35.32, 36.62, 2},
            {"Kafr Zita", 35.37, 36.60, 2}, {"Tell Rifaat", 36.47, 37.10, 1}, {"Azaz", 36.59, 37.05, 1}, {"Atarib", 36.14, 36.83, 3},
            {"Daret Azza", 36.28, 36.86, 2}, {"Al-Qusayr", 34.51, 36.58, 1}, {"Nawa", 32.89, 36.04, 2}, {"Inkhil", 33.02, 36.13, 1},
            {"Busra al-Harir", 32.84, 36.34, 1}, {"Tafas", 32.74, 36.07, 1}, {"Sarmin", 35.90, 36.73, 2}, {"Binnish", 35.96, 36.71, 2},
            {"Taftanaz", 35.99, 36.78, 1}, {"Hass", 35.58, 36.60, 1}, {"Al-Hasakah", 36.50, 40.75, 1}, {"Qamishli", 37.05, 41.22, 1},
            {"Al-Tabqa", 35.84, 38.55, 2}, {"Salqin", 36.14, 36.45, 1}, {"Harem", 36.21, 36.52, 1}, {"Kabani", 35.79, 36.17, 2},
            {"Arbin", 33.54, 36.37, 2}, {"Kafr Batna", 33.51, 36.38, 2}, {"Al-Hawl", 36.38, 41.15, 1}, {"Deir Hafer", 36.16, 37.70, 1},
            {"Al-Safira", 36.07, 37.37, 1}, {"Muhradah", 35.25, 36.57, 1}, {"Al-Sukhnah", 34.89, 38.87, 1},
    };
    private static final LocalDate FIRST_DAY = LocalDate.of(2012, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2022, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay() + 1);
    private static final String[] TARGETS = {"terrorist command post", "militant headquarters", "weapons depot", "ammunition store",
            "terrorist gathering", "fortified position", "training camp", "vehicle convoy", null};
    private static final List<Set<CivilianObject>> HIT = List.of(Set.of(), Set.of(), Set.of(CivilianObject.RESIDENTIAL),
            Set.of(CivilianObject.RESIDENTIAL), Set.of(CivilianObject.MARKET), Set.of(CivilianObject.MEDICAL),
            Set.of(CivilianObject.SCHOOL), Set.of(CivilianObject.PLACE_OF_WORSHIP), Set.of(CivilianObject.RESIDENTIAL, CivilianObject.MARKET));

    private record Campaign(int town, int firstDay, int days) {
    }

    record Data(List<IncidentFootprint> incidents, List<ClaimFootprint> claims) {
    }

    static Data generate(int incidentCount, int claimCount, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] cumulative = new double[TOWNS.length];
        double total = 0;
        for (int t = 0; t < TOWNS.length; t++) cumulative[t] = total += ((Integer) TOWNS[t][3]);
        List<Campaign> campaigns = new ArrayList<>();
        for (int k = 0; k < 3000; k++) {
            campaigns.add(new Campaign(town(rnd, cumulative, total), rnd.nextInt(DAYS), 3 + rnd.nextInt(38)));
        }

        var incidents = new ArrayList<IncidentFootprint>(incidentCount);
        for (int i = 0; i < incidentCount; i++) {
            int[] townDay = townAndDay(rnd, campaigns, cumulative, total);
            double[] p = around(rnd, townDay[0], rnd.nextDouble() < 0.6 ? 8 : 35);
            long[] window = new long[2];
            DatePrecision precision = window(rnd, townDay[1], new double[]{0.55, 0.35, 0.07}, window);
            double radiusKm = precision == DatePrecision.EXACT_TIME ? 1 : rnd.nextDouble() < 0.7 ? 5 : 25;
            incidents.add(new IncidentFootprint(i + 1, p[0], p[1], radiusKm, window[0], window[1], precision,
                    HIT.get(rnd.nextInt(HIT.size()))));
        }

        var claims = new ArrayList<ClaimFootprint>(claimCount);
        for (int j = 0; j < claimCount; j++) {
            double lat, lon;
            int day;
            if (!incidents.isEmpty() && rnd.nextBoolean()) {
                // a claim describing a recorded strike: displaced by the party's location error, a day off at times
                IncidentFootprint inc = incidents.get(rnd.nextInt(incidents.size()));
                double errorKm = rnd.nextDouble() < 0.03 ? 20 + rnd.nextDouble() * 73 : Math.abs(rnd.nextGaussian()) * 5;
                double[] p = displace(inc.lat(), inc.lon(), errorKm, rnd.nextDouble() * 360);
                lat = p[0];
                lon = p[1];
                day = (int) (Math.floorDiv(inc.firstSecond(), TimeSpans.DAY_SECONDS) - FIRST_DAY.toEpochDay()) + rnd.nextInt(3) - 1;
                day = Math.max(0, Math.min(DAYS - 1, day));
            } else {
                int[] townDay = townAndDay(rnd, campaigns, cumulative, total);
                double[] p = around(rnd, townDay[0], 30);
                lat = p[0];
                lon = p[1];
                day = townDay[1];
            }
            long[] window = new long[2];
            DatePrecision precision = window(rnd, day, new double[]{0.80, 0.15, 0.05}, window);
            double radiusKm = rnd.nextDouble() < 0.8 ? 10 : 1 + rnd.nextInt(93);
            claims.add(new ClaimFootprint(j + 1, lat, lon, radiusKm, window[0], window[1], precision, TARGETS[rnd.nextInt(TARGETS.length)]));
        }
        return new Data(incidents, claims);
    }

    private static int[] townAndDay(SplittableRandom rnd, List<Campaign> campaigns, double[] cumulative, double total) {
        if (rnd.nextDouble() < 0.5) {
            Campaign c = campaigns.get(rnd.nextInt(campaigns.size()));
            return new int[]{c.town(), Math.min(DAYS - 1, c.firstDay() + rnd.nextInt(c.days()))};
        }
        return new int[]{town(rnd, cumulative, total), rnd.nextInt(DAYS)};
    }

    private static int town(SplittableRandom rnd, double[] cumulative, double total) {
        double x = rnd.nextDouble() * total;
        for (int t = 0; t < cumulative.length; t++) if (x < cumulative[t]) return t;
        return cumulative.length - 1;
    }

    private static double[] around(SplittableRandom rnd, int town, double spreadKm) {
        return displace((Double) TOWNS[town][1], (Double) TOWNS[town][2], Math.abs(rnd.nextGaussian()) * spreadKm, rnd.nextDouble() * 360);
    }

    /** Fills [first, last] second of a window on the given conflict day; shares are for day, clock time and week. */
    private static DatePrecision window(SplittableRandom rnd, int day, double[] shares, long[] out) {
        long start = (FIRST_DAY.toEpochDay() + day) * TimeSpans.DAY_SECONDS;
        double x = rnd.nextDouble();
        if (x < shares[0]) {
            out[0] = start;
            out[1] = start + TimeSpans.DAY_SECONDS - 1;
            return DatePrecision.DAY;
        }
        if (x < shares[0] + shares[1]) {
            out[0] = out[1] = start + 3 * 3600 + rnd.nextInt(16 * 3600); // daylight hours, UTC
            return DatePrecision.EXACT_TIME;
        }
        if (x < shares[0] + shares[1] + shares[2]) {
            out[0] = start - 3 * TimeSpans.DAY_SECONDS;
            out[1] = start + 4 * TimeSpans.DAY_SECONDS - 1;
            return DatePrecision.WEEK;
        }
        long monthStart = (FIRST_DAY.toEpochDay() + day - day % 30) * TimeSpans.DAY_SECONDS;
        out[0] = monthStart;
        out[1] = monthStart + 30 * TimeSpans.DAY_SECONDS - 1;
        return DatePrecision.MONTH;
    }

    private static double[] displace(double lat, double lon, double km, double bearingDeg) {
        double d = km / 6371.0087714, th = Math.toRadians(bearingDeg);
        double p1 = Math.toRadians(lat), l1 = Math.toRadians(lon);
        double p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(th));
        double l2 = l1 + Math.atan2(Math.sin(th) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
        return new double[]{Math.toDegrees(p2), Math.toDegrees(l2)};
    }

    /**
     * Synthetic reports for merging: strikes placed and timed as {@link #generate} places incidents, each told by one
     * or more reports (1 + geometric, about 2.5 on average: several videos, posts and witnesses). A report lies a
     * few hundred metres from the strike (a tenth up to 2 km off); 70 % give a clock time within about half an hour
     * of the strike's, the rest only the day. Ids are 1..count in generation order.
     */
    static List<org.groundtruth.merging.MergeFootprint> reports(int count, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] cumulative = new double[TOWNS.length];
        double total = 0;
        for (int t = 0; t < TOWNS.length; t++) cumulative[t] = total += ((Integer) TOWNS[t][3]);
        List<Campaign> campaigns = new ArrayList<>();
        for (int k = 0; k < 3000; k++) campaigns.add(new Campaign(town(rnd, cumulative, total), rnd.nextInt(DAYS), 3 + rnd.nextInt(38)));
        var out = new ArrayList<org.groundtruth.merging.MergeFootprint>(count);
        while (out.size() < count) {
            int[] townDay = townAndDay(rnd, campaigns, cumulative, total);
            double[] strike = around(rnd, townDay[0], rnd.nextDouble() < 0.6 ? 8 : 35);
            long when = (FIRST_DAY.toEpochDay() + townDay[1]) * TimeSpans.DAY_SECONDS + 3 * 3600 + rnd.nextInt(16 * 3600);
            Set<CivilianObject> hit = HIT.get(rnd.nextInt(HIT.size()));
            int tellers = 1;
            while (tellers < 12 && rnd.nextDouble() < 0.6) tellers++;
            for (int r = 0; r < tellers && out.size() < count; r++) {
                double offKm = rnd.nextDouble() < 0.1 ? rnd.nextDouble() * 2 : Math.abs(rnd.nextGaussian()) * 0.25;
                double[] p = displace(strike[0], strike[1], offKm, rnd.nextDouble() * 360);
                long id = out.size() + 1;
                if (rnd.nextDouble() < 0.7) {
                    long t = Math.max(when - 12 * 3600, when + Math.round(rnd.nextGaussian() * 1200));
                    out.add(new org.groundtruth.merging.MergeFootprint(id, p[0], p[1], 0.1, t, t, DatePrecision.EXACT_TIME, hit));
                } else {
                    long day = Math.floorDiv(when, TimeSpans.DAY_SECONDS) * TimeSpans.DAY_SECONDS;
                    out.add(new org.groundtruth.merging.MergeFootprint(id, p[0], p[1], 5, day, day + TimeSpans.DAY_SECONDS - 1,
                            DatePrecision.DAY, hit));
                }
            }
        }
        return out;
    }

    /** One synthetic report of a strike for `bench merge-propose`: where and when it says, what it says, and which strike. */
    record SyntheticReport(long id, int strike, double lat, double lon, boolean exact, long second, Set<CivilianObject> hit,
                           String text, String language, String url, String town, int killed) {
    }

    /**
     * {@code count} reports of about {@code strikes} strikes (as many reports per strike on average, at least one), placed
     * and timed as {@link #reports} places them; a fifth in Arabic; each with its own address, except that one in twenty
     * cites its town's daily roundup, which lists every strike of that town and day.
     */
    static List<SyntheticReport> reportsOfStrikes(int count, int strikes, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] cumulative = new double[TOWNS.length];
        double total = 0;
        for (int t = 0; t < TOWNS.length; t++) cumulative[t] = total += ((Integer) TOWNS[t][3]);
        List<Campaign> campaigns = new ArrayList<>();
        for (int k = 0; k < 300; k++) campaigns.add(new Campaign(town(rnd, cumulative, total), rnd.nextInt(DAYS), 3 + rnd.nextInt(38)));
        double perStrike = Math.max(1, count / (double) strikes);
        var out = new ArrayList<SyntheticReport>(count);
        for (int s = 0; out.size() < count; s++) {
            int[] townDay = townAndDay(rnd, campaigns, cumulative, total);
            String town = (String) TOWNS[townDay[0]][0];
            double[] strike = around(rnd, townDay[0], rnd.nextDouble() < 0.6 ? 8 : 35);
            long when = (FIRST_DAY.toEpochDay() + townDay[1]) * TimeSpans.DAY_SECONDS + 3 * 3600 + rnd.nextInt(16 * 3600);
            Set<CivilianObject> hit = HIT.get(rnd.nextInt(HIT.size()));
            int killed = rnd.nextInt(30);
            int tellers = 1 + (int) Math.floor(Math.log(1 - rnd.nextDouble()) / Math.log(1 - 1 / perStrike));
            for (int r = 0; r < tellers && out.size() < count; r++) {
                double offKm = rnd.nextDouble() < 0.1 ? rnd.nextDouble() * 2 : Math.abs(rnd.nextGaussian()) * 0.25;
                double[] p = displace(strike[0], strike[1], offKm, rnd.nextDouble() * 360);
                long id = out.size() + 1;
                boolean exact = rnd.nextDouble() < 0.7;
                long second = exact ? Math.max(when - 12 * 3600, when + Math.round(rnd.nextGaussian() * 1200)) : when;
                boolean arabic = rnd.nextDouble() < 0.2;
                String text = arabic ? "غارة جوية على " + town + " ومقتل " + killed + " مدنيا"
                        : switch (rnd.nextInt(3)) {
                            case 0 -> "Airstrike on " + town + ", " + killed + " civilians killed";
                            case 1 -> killed + " killed as warplanes struck " + town;
                            default -> "Warplanes hit " + town + " today; local sources report " + killed + " dead";
                        };
                String url = rnd.nextDouble() < 0.05 ? "https://example.org/roundup/" + town.replace(' ', '-') + "/" + townDay[1]
                        : "https://example.org/report/" + id;
                out.add(new SyntheticReport(id, s, p[0], p[1], exact, second, hit, text, arabic ? "ar" : "en", url, town, killed));
            }
        }
        return out;
    }
}
