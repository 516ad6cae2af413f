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
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The accuracy of warning, back-tested (docs/accuracy.md, decisions 0808 and 0813). No log of real sightings is
 * published, so the flights are simulated, the strikes are real: every Syrian Archive video of an alleged Russian
 * attack with coordinates (2015-2017) is taken as a strike by a Russian jet from Hmeimim (Su-24M, Su-34 or Su-25SM),
 * at a true speed in its band. Two kinds of flight:
 * <ul>
 *   <li><b>straight</b> (decision 0808): straight at the target, the path up to 20% longer in time;</li>
 *   <li><b>dogleg</b> (decision 0813): by a waypoint off the straight line at half-way, offset by a normal error of
 *       10% of the distance, so that the course at take-off is not the course to the target; up to 10% longer in
 *       time besides.</li>
 * </ul>
 * A spotter reports the take-off with the course flown then (a normal error of 15 degrees), read as one of 8 compass
 * points, relayed 30-90 s late; with probability one half a second spotter reports the flight on its way (after the
 * waypoint on a dogleg), with the course then, read as one of 16 points, and a coarse position. The alert desk runs
 * over the bundled gazetteer's Syrian towns, and {@link Backtest} scores every version of every alert. Seeded; the
 * floors are below the figures measured.
 */
class WarningBacktestTest {
    static final Path SHARED = Path.of(System.getProperty("groundtruth.shared", "../shared"));
    static final Path VIOLATIONS = SHARED.resolve("data/syrian-archive-violations/violations.csv");
    static final long SEED = 20151129;

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

    static List<PopulatedPlace> syria() {
        return WarningWiring.places(BundledGazetteer.load()).stream().filter(p -> p.country().equals("SY")).toList();
    }

    @Test
    void simulatedFlightsFromHmeimimAgainstTheRealPlacesOfAllegedRussianStrikes() throws Exception {
        assumeTrue(Files.isRegularFile(VIOLATIONS), "shared data not found at " + VIOLATIONS);
        List<PopulatedPlace> syria = syria();
        List<Target> targets = strikes();
        Backtest.Report straight = simulate(ProjectionModel.DEFAULT, syria, targets, false);
        Backtest.Report dogleg = simulate(ProjectionModel.DEFAULT, syria, targets, true);
        System.out.println("straight: " + line(straight));
        System.out.println("dogleg:   " + line(dogleg));
        assertThat(straight.strikes()).isGreaterThan(1000);
        assertThat(straight.recall()).isGreaterThan(0.9);
        assertThat(dogleg.recall()).isGreaterThan(0.88);
        assertThat(straight.medianLeadMinutes()).isGreaterThan(7);
        assertThat(dogleg.shareWithFiveMinutes()).isGreaterThan(0.7);
        assertThat(straight.medianPlacesPerAlert()).as("decision 0813 narrows the sector: 1,098 before it").isLessThan(900);
    }

    /** The models compared in docs/accuracy.md; slow, so run on demand: -Dgroundtruth.backtest.compare=true. */
    @Test
    @EnabledIfSystemProperty(named = "groundtruth.backtest.compare", matches = "true")
    void modelsCompared() throws Exception {
        assumeTrue(Files.isRegularFile(VIOLATIONS), "shared data not found at " + VIOLATIONS);
        List<PopulatedPlace> syria = syria();
        List<Target> targets = strikes();
        ProjectionModel d = ProjectionModel.DEFAULT;
        List<Object[]> models = List.of(
                new Object[]{"0800 (before): horizon 60 min, track 10°, latest heading only", d.withSector(10, 5, 60, 60, 10, 0)},
                new Object[]{"track 5°, headings within 3 min combined, horizon 60 min", d.withSector(10, 5, 60, 60, 5, 3)},
                new Object[]{"... and horizon 30 min", d.withSector(10, 5, 60, 30, 5, 3)},
                new Object[]{"... and horizon 20 min (0813, the default)", d},
                new Object[]{"... and horizon 15 min", d.withSector(10, 5, 60, 15, 5, 3)},
                new Object[]{"... horizon 20 min and growth 2.5°/100 km", d.withSector(10, 2.5, 60, 20, 5, 3)},
                new Object[]{"... horizon 20 min and base half-width 5°", d.withSector(5, 5, 60, 20, 5, 3)});
        for (Object[] m : models) {
            for (boolean dog : new boolean[]{false, true}) {
                System.out.printf(Locale.ROOT, "| %s | %s | %s |%n", m[0], dog ? "dogleg" : "straight", line(simulate((ProjectionModel) m[1], syria, targets, dog)));
            }
        }
    }

    static String line(Backtest.Report r) {
        return String.format(Locale.ROOT, "%d strikes, warned %d (%.1f%%), median lead %.1f min, %.1f%% with >= 5 min, alerts followed by a strike %d of %d"
                        + " (%.1f%%), places per alert median %.0f (max %d), in its last version median %.0f",
                r.strikes(), r.warned(), 100 * r.recall(), r.medianLeadMinutes(), 100 * r.shareWithFiveMinutes(), r.alertsWithStrike(), r.alerts(),
                100 * r.precision(), r.medianPlacesPerAlert(), r.placesPerAlert().getLast(), r.medianPlacesLastAlert());
    }

    static Backtest.Report simulate(ProjectionModel model, List<PopulatedPlace> places, List<Target> targets, boolean dogleg) {
        Projector projector = new Projector(places, model);
        var aircraft = WarningReferenceFiles.bundledAircraft();
        Base hmeimim = WarningReferenceFiles.bundledBases().find("SY", "OSLK").orElseThrow();
        List<AircraftType> types = List.of(aircraft.find("SY", "Su-24M").orElseThrow(), aircraft.find("SY", "Su-34").orElseThrow(),
                aircraft.find("SY", "Su-25SM").orElseThrow());
        Random random = new Random(SEED);
        AtomicInteger ids = new AtomicInteger();
        List<Alert> alerts = new ArrayList<>();
        List<Backtest.Strike> strikes = new ArrayList<>();
        Instant base = Instant.parse("2015-11-29T09:35:00Z");
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            AircraftType type = types.get(random.nextInt(types.size()));
            Geodesy.Leg direct = Geodesy.leg(hmeimim.point(), target.point());
            // every draw is made whatever the flight, so that each flight is the same under every model
            double speed = type.speedMinKmh() + random.nextDouble() * (type.speedMaxKmh() - type.speedMinKmh());
            double offsetKm = random.nextGaussian() * 0.1 * direct.distanceKm();
            double slack = random.nextDouble(), takeOffError = random.nextGaussian() * 15, courseError = random.nextGaussian() * 15;
            int relay1 = 30 + random.nextInt(61), relay2 = 30 + random.nextInt(61);
            boolean seenAgain = random.nextBoolean();
            if (direct.distanceKm() > type.combatRadiusKm()) continue;
            Coordinates waypoint = dogleg
                    ? Geodesy.destination(Geodesy.destination(hmeimim.point(), direct.azimuthDeg(), direct.distanceKm() / 2), direct.azimuthDeg() + 90, offsetKm)
                    : Geodesy.destination(hmeimim.point(), direct.azimuthDeg(), direct.distanceKm() / 2);
            double leg1 = Geodesy.distanceKm(hmeimim.point(), waypoint), leg2 = Geodesy.distanceKm(waypoint, target.point());
            double stretch = dogleg ? 1 + 0.1 * slack : 1 + 0.2 * slack;
            double pathKm = (leg1 + leg2) * stretch;
            Instant takeOff = base.plus(Duration.ofHours(2L * i)); // flights apart, so each alert stands alone
            Instant strikeAt = takeOff.plusMillis((long) (pathKm / speed * 3_600_000));
            AlertDesk desk = new AlertDesk(projector, () -> "a" + ids.incrementAndGet());
            double departure = Geodesy.leg(hmeimim.point(), waypoint).azimuthDeg() + takeOffError;
            Sighting first = new Sighting(null, new Observer("s1", "p1"), null, new Observation(takeOff, type, 1, EventKind.TAKE_OFF, hmeimim,
                    Heading.parse(compass(departure, 8)), hmeimim.point()));
            alerts.addAll(versions(desk.receive(first, takeOff.plusSeconds(relay1))));
            if (seenAgain) {
                // on a dogleg, a quarter of the way from the waypoint to the target: after the turn
                Coordinates on = dogleg ? Geodesy.destination(waypoint, Geodesy.leg(waypoint, target.point()).azimuthDeg(), leg2 / 4) : waypoint;
                double flownKm = (dogleg ? leg1 + leg2 / 4 : leg1) * stretch;
                Instant seen = takeOff.plusMillis((long) (flownKm / speed * 3_600_000));
                double course = Geodesy.leg(on, target.point()).azimuthDeg() + courseError;
                Sighting second = new Sighting(null, new Observer("s2", "p2"), on, new Observation(seen, type, 1, EventKind.HEADING, null,
                        Heading.parse(compass(course, 16)), CoarsePosition.of(on)));
                if (seen.isBefore(strikeAt)) alerts.addAll(versions(desk.receive(second, seen.plusSeconds(relay2))));
            }
            strikes.add(new Backtest.Strike(target.id(), target.point(), 1.0, strikeAt, strikeAt));
        }
        return Backtest.run(alerts, strikes);
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
