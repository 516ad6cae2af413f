package org.groundtruth.app.warning;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.intake.warning.WarningReferenceFiles;
import org.groundtruth.place.Coordinates;
import org.groundtruth.warning.AircraftType;
import org.groundtruth.warning.Alert;
import org.groundtruth.warning.AlertChange;
import org.groundtruth.warning.AlertDesk;
import org.groundtruth.warning.Backtest;
import org.groundtruth.warning.Base;
import org.groundtruth.warning.CoarsePosition;
import org.groundtruth.warning.EventKind;
import org.groundtruth.warning.Geodesy;
import org.groundtruth.warning.Heading;
import org.groundtruth.warning.Observation;
import org.groundtruth.warning.Observer;
import org.groundtruth.warning.PopulatedPlace;
import org.groundtruth.warning.ProjectionModel;
import org.groundtruth.warning.Projector;
import org.groundtruth.warning.Sighting;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The accuracy of warning, back-tested (docs/accuracy.md, decision 0808). No log of real sightings is published, so
 * the flights are simulated, the strikes are real: every Syrian Archive video of an alleged Russian attack with
 * coordinates (2015-2017) is taken as a strike by a Russian jet from Hmeimim. Each flight gets a type (Su-24M, Su-34,
 * Su-25SM), a true speed in its band, a path up to 20% longer than the straight line, a spotter's take-off report
 * naming the heading as one of 8 compass points of a departure heading that is off the true bearing by a normal error
 * of 15 degrees, relayed 30-90 s late, and with probability one half a second spotter's on-course report half-way
 * (16 points, the same error, a coarse position). The alert desk runs over the bundled gazetteer's Syrian towns, and
 * {@link Backtest} scores: strikes at a warned place inside its ETA window before the strike, lead times, places
 * warned per alert. Seeded; the floors are below the figures measured.
 */
class WarningBacktestTest {
    static final Path SHARED = Path.of(System.getProperty("groundtruth.shared", "../shared"));
    static final Path VIOLATIONS = SHARED.resolve("data/syrian-archive-violations/violations.csv");

    record Target(String id, Coordinates point) {
    }

    static List<Target> strikes() throws Exception {
        List<Target> out = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(VIOLATIONS, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (!row.get("Description").contains("Russian")) continue;
                String lat = row.get("Latitude"), lon = row.get("Longitude");
                if (lat.equals("NA") || lon.equals("NA") || lat.isBlank()) continue;
                out.add(new Target(row.get("Database_ID"), new Coordinates(Double.parseDouble(lat), Double.parseDouble(lon))));
            }
        }
        return out;
    }

    @Test
    void simulatedFlightsFromHmeimimAgainstTheRealPlacesOfAllegedRussianStrikes() throws Exception {
        assumeTrue(Files.isRegularFile(VIOLATIONS), "shared data not found at " + VIOLATIONS);
        List<PopulatedPlace> syria = WarningWiring.places(BundledGazetteer.load()).stream().filter(p -> p.country().equals("SY")).toList();
        Projector projector = new Projector(syria, ProjectionModel.DEFAULT);
        var aircraft = WarningReferenceFiles.bundledAircraft();
        Base hmeimim = WarningReferenceFiles.bundledBases().find("SY", "OSLK").orElseThrow();
        List<AircraftType> types = List.of(aircraft.find("SY", "Su-24M").orElseThrow(), aircraft.find("SY", "Su-34").orElseThrow(),
                aircraft.find("SY", "Su-25SM").orElseThrow());
        Random random = new Random(20151129);
        AtomicInteger ids = new AtomicInteger();
        List<Alert> alerts = new ArrayList<>();
        List<Backtest.Strike> strikes = new ArrayList<>();
        int outOfReach = 0;
        Instant base = Instant.parse("2015-11-29T09:35:00Z");
        List<Target> targets = strikes();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            AircraftType type = types.get(random.nextInt(types.size()));
            Geodesy.Leg leg = Geodesy.leg(hmeimim.point(), target.point());
            if (leg.distanceKm() > type.combatRadiusKm()) {
                outOfReach++;
                continue;
            }
            Instant takeOff = base.plus(Duration.ofHours(2L * i)); // flights apart, so each alert stands alone
            double speed = type.speedMinKmh() + random.nextDouble() * (type.speedMaxKmh() - type.speedMinKmh());
            double path = leg.distanceKm() * (1 + 0.2 * random.nextDouble());
            Instant strikeAt = takeOff.plusMillis((long) (path / speed * 3_600_000));
            AlertDesk desk = new AlertDesk(projector, () -> "a" + ids.incrementAndGet());
            double departure = leg.azimuthDeg() + random.nextGaussian() * 15;
            Sighting first = new Sighting(null, new Observer("s1", "p1"), null, new Observation(takeOff, type, 1, EventKind.TAKE_OFF, hmeimim,
                    Heading.parse(compass(departure, 8)), hmeimim.point()));
            alerts.addAll(versions(desk.receive(first, takeOff.plusSeconds(30 + random.nextInt(61)))));
            if (random.nextBoolean()) {
                Coordinates mid = Geodesy.destination(hmeimim.point(), leg.azimuthDeg(), leg.distanceKm() / 2);
                Instant seen = takeOff.plusMillis((long) (path / 2 / speed * 3_600_000));
                double course = Geodesy.leg(mid, target.point()).azimuthDeg() + random.nextGaussian() * 15;
                Sighting second = new Sighting(null, new Observer("s2", "p2"), mid, new Observation(seen, type, 1, EventKind.HEADING, null,
                        Heading.parse(compass(course, 16)), CoarsePosition.of(mid)));
                if (seen.isBefore(strikeAt)) alerts.addAll(versions(desk.receive(second, seen.plusSeconds(30 + random.nextInt(61)))));
            }
            strikes.add(new Backtest.Strike(target.id(), target.point(), 1.0, strikeAt, strikeAt));
        }
        Backtest.Report r = Backtest.run(alerts, strikes);
        System.out.printf(Locale.ROOT, "back-test: %d strikes (%d beyond reach skipped), warned %d (%.1f%%), median lead %.1f min, %.1f%% with >= 5 min,"
                        + " alerts followed by a strike %d of %d (%.1f%%), places per alert median %.0f (max %d)%n",
                r.strikes(), outOfReach, r.warned(), 100 * r.recall(), r.medianLeadMinutes(), 100 * r.shareWithFiveMinutes(), r.alertsWithStrike(), r.alerts(),
                100.0 * r.alertsWithStrike() / r.alerts(), r.medianPlacesPerAlert(), r.placesPerAlert().getLast());
        assertThat(r.strikes()).isGreaterThan(1000);
        assertThat(r.recall()).isGreaterThan(0.5);
        assertThat(r.medianLeadMinutes()).isGreaterThan(4);
    }

    /** The versions of alerts these changes published while active (issued, updated, raised), each as it was published. */
    static List<Alert> versions(List<AlertChange> changes) {
        return changes.stream().filter(c -> c.alert() != null && c.kind() != AlertChange.Kind.EXPIRED && c.kind() != AlertChange.Kind.CANCELLED)
                .map(AlertChange::alert).toList();
    }

    private static String compass(double deg, int points) {
        String[] eight = {"N", "NE", "E", "SE", "S", "SW", "W", "NW"};
        String[] sixteen = {"N", "NNE", "NE", "ENE", "E", "ESE", "SE", "SSE", "S", "SSW", "SW", "WSW", "W", "WNW", "NW", "NNW"};
        double d = ((deg % 360) + 360) % 360;
        int i = (int) Math.round(d / (360.0 / points)) % points;
        return points == 8 ? eight[i] : sixteen[i];
    }
}
