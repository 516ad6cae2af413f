package org.groundtruth.app.gazetteer;

import org.groundtruth.app.UserException;
import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.gazetteer.GazetteerFiles;
import org.groundtruth.gazetteer.Place;

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

    static List<Place> read(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(GEONAMES_SUFFIX)) return GazetteerFiles.loadGeoNames(file);
        if (name.endsWith(".csv")) return GazetteerFiles.loadCsv(file);
        return List.of();
    }
}
