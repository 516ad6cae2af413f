package org.groundtruth.app.gazetteer;

import org.groundtruth.app.UserException;
import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.gazetteer.GazetteerFiles;
import org.groundtruth.gazetteer.Place;
import org.groundtruth.gazetteer.RecordedPlaces;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The gazetteer a command uses: the bundled places plus every file added with `groundtruth gazetteer add`, kept in
 * DIR/gazetteer as `NAME.geonames.txt` (GeoNames dump format) or `NAME.csv` (Groundtruth's place CSV).
 */
public final class LocalGazetteer {
    static final String GEONAMES_SUFFIX = ".geonames.txt";

    private LocalGazetteer() {
    }

    public static Path directory(Path dataDir) {
        return dataDir.resolve("gazetteer");
    }

    public static Gazetteer load(Path dataDir) {
        Path dir = directory(dataDir);
        if (!Files.isDirectory(dir)) return BundledGazetteer.load();
        List<Place> more = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) more.addAll(read(f));
        } catch (IOException e) {
            throw new UserException("cannot read the added gazetteer files in " + dir + ": " + e.getMessage(), e);
        }
        return BundledGazetteer.loadWith(more);
    }

    /**
     * The gazetteer of {@link #load}, then the places the store's published incidents recorded (decision 0565): a
     * claim naming a village no list of places knows is placed where an incident recorded at that village was placed
     * by its source. Only published incidents teach places: a draft's place is not yet established.
     */
    public static org.groundtruth.gazetteer.Placer withRecordedPlaces(Path dataDir, org.groundtruth.incident.IncidentStore incidents) {
        Gazetteer gazetteer = load(dataDir);
        List<Place> recorded = RecordedPlaces.places(recordedSightings(incidents));
        if (recorded.isEmpty()) return gazetteer;
        return RecordedPlaces.after(gazetteer, RecordedPlaces.gazetteer(recorded, gazetteer));
    }

    /** Every published, placed incident's sighting of its place (source-placed, town precision or finer). */
    static List<RecordedPlaces.Sighting> recordedSightings(org.groundtruth.incident.IncidentStore incidents) {
        List<RecordedPlaces.Sighting> out = new ArrayList<>();
        org.groundtruth.incident.IncidentQuery published = org.groundtruth.incident.IncidentQuery.all().withPlaced(true)
                .withStatuses(java.util.Set.of(org.groundtruth.incident.IncidentStatus.PUBLISHED));
        int page = org.groundtruth.incident.IncidentQuery.MAX_LIMIT;
        for (long offset = 0; ; offset += page) {
            List<org.groundtruth.incident.Incident> items = incidents.search(published.page(page, offset)).items();
            for (org.groundtruth.incident.Incident i : items) RecordedPlaces.of(i.facts().location()).ifPresent(out::add);
            if (items.size() < page) return out;
        }
    }

    static List<Place> read(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(GEONAMES_SUFFIX)) return GazetteerFiles.loadGeoNames(file);
        if (name.endsWith(".csv")) return GazetteerFiles.loadCsv(file);
        return List.of();
    }
}
