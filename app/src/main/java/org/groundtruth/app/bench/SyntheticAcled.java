package org.groundtruth.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Writes N synthetic rows in ACLED's 31 API columns: air strikes clustered around real Syrian towns and in
 * bursts of days, so that the data looks like the real thing to indexes and parsers. Seeded: same N, same file.
 */
public final class SyntheticAcled {
    public static final String HEADER = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
            + "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,"
            + "admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    private record Town(String name, String admin1, String admin2, double lat, double lon) { }

    private static final Town[] TOWNS = {
            new Town("Ariha", "Idlib", "Ariha", 35.8136, 36.6069),
            new Town("Maarat al-Numan", "Idlib", "Maarat al-Numan", 35.6435, 36.6727),
            new Town("Jisr al-Shughur", "Idlib", "Jisr al-Shughur", 35.8123, 36.3189),
            new Town("Talbiseh", "Homs", "Ar-Rastan", 34.8403, 36.7306),
            new Town("Ar-Rastan", "Homs", "Ar-Rastan", 34.9267, 36.7325),
            new Town("Al-Lataminah", "Hama", "Muhradah", 35.3250, 36.6255),
            new Town("Kafr Zita", "Hama", "Muhradah", 35.3740, 36.6012),
            new Town("Azaz", "Aleppo", "Azaz", 36.5866, 37.0463),
            new Town("Anadan", "Aleppo", "Jebel Saman", 36.2936, 37.0441),
            new Town("Douma", "Rural Damascus", "Duma", 33.5711, 36.4022),
            new Town("Salma", "Lattakia", "Al-Haffa", 35.6886, 36.0517),
            new Town("Deir ez-Zor", "Deir ez-Zor", "Deir ez-Zor", 35.3359, 40.1408),
    };
    private static final String[] ACTORS = {"Military Forces of Russia (2000-)", "Military Forces of Syria (2000-)",
            "Unidentified Military Forces", "Military Forces of the United States (2017-2021)"};
    private static final String[] NOTES = {
            "On %s, warplanes struck a market in %s, killing %d civilians including children.",
            "On %s, airstrikes hit residential buildings in %s; %d civilians killed, several injured.",
            "On %s, a hospital in %s was hit by an airstrike; %d killed among staff and patients.",
            "On %s, a mosque near %s was struck during prayers, %d killed.",
            "On %s, air strikes targeted the outskirts of %s. Fatalities: %d.",
    };

    private SyntheticAcled() {
    }

    public static void write(Path file, int rows, long seed) throws IOException {
        write(file, rows, seed, TOWNS);
    }

    /** N rows around the towns inside this box only (all of them when none is): drafts where the public looks. */
    public static void writeInside(Path file, int rows, long seed, org.groundtruth.incident.BoundingBox box) throws IOException {
        Town[] inside = java.util.Arrays.stream(TOWNS).filter(t -> box.contains(t.lat, t.lon)).toArray(Town[]::new);
        write(file, rows, seed, inside.length == 0 ? TOWNS : inside);
    }

    private static void write(Path file, int rows, long seed, Town[] towns) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        LocalDate start = LocalDate.of(2015, 9, 30);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(HEADER);
            w.write('\n');
            StringBuilder line = new StringBuilder(512);
            for (int i = 1; i <= rows; i++) {
                Town t = towns[rnd.nextInt(towns.length)];
                LocalDate day = start.plusDays((long) (Math.abs(rnd.nextGaussian()) * 600) % 1800);
                int fatalities = rnd.nextInt(10) < 7 ? rnd.nextInt(6) : rnd.nextInt(60);
                String actor = ACTORS[rnd.nextInt(ACTORS.length)];
                double lat = t.lat + rnd.nextGaussian() * 0.03, lon = t.lon + rnd.nextGaussian() * 0.03;
                String notes = NOTES[rnd.nextInt(NOTES.length)].formatted(day, t.name, fatalities);
                line.setLength(0);
                line.append("SYR").append(i).append(',').append(day).append(',').append(day.getYear()).append(',')
                        .append(1 + rnd.nextInt(3)).append(",Political violence,Explosions/Remote violence,Air/drone strike,")
                        .append('"').append(actor).append("\",,8,Civilians (Syria),,7,78,")
                        .append(fatalities > 0 ? "Civilian targeting" : "").append(",760,Middle East,Syria,")
                        .append(t.admin1).append(',').append(t.admin2).append(",,").append(t.name).append(',')
                        .append(String.format(java.util.Locale.ROOT, "%.4f,%.4f", lat, lon)).append(',')
                        .append(1 + rnd.nextInt(3)).append(",SOHR; Syrian Network for Human Rights,National-International,")
                        .append('"').append(notes).append("\",").append(fatalities).append(",,")
                        .append(1_600_000_000L + i).append('\n');
                w.append(line);
            }
        }
    }
}
