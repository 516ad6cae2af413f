package org.groundtruth.app.gazetteer;

import org.groundtruth.app.UserException;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.gazetteer.GazetteerFiles;
import org.groundtruth.gazetteer.Place;
import org.groundtruth.gazetteer.PlaceMatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(name = "gazetteer", mixinStandardHelpOptions = true,
        description = "Look places up, or add places (a GeoNames file or a CSV) for later imports to use.",
        subcommands = {GazetteerCommand.Add.class, GazetteerCommand.Lookup.class})
public final class GazetteerCommand {

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Check a place file and keep it in DIR/gazetteer; imports and the server then use its places.")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "FILE") Path file;

        @Option(names = "--format", required = true, paramLabel = "F",
                description = "geonames (a GeoNames dump: tab-separated, 19 columns) or csv (name,lat,lon[,name_ar,alt_names,governorate,district,country,level])")
        String format;

        @Option(names = "--data", paramLabel = "DIR", defaultValue = "groundtruth-data", description = "Data directory (default: ${DEFAULT-VALUE}).")
        Path dataDir;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(file)) throw new UserException("no such file: " + file);
            String base = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
            List<Place> places;
            String suffix;
            switch (format.toLowerCase(Locale.ROOT)) {
                case "geonames" -> { places = GazetteerFiles.loadGeoNames(file); suffix = LocalGazetteer.GEONAMES_SUFFIX; }
                case "csv" -> { places = GazetteerFiles.loadCsv(file); suffix = ".csv"; }
                default -> throw new UserException("unknown gazetteer format '" + format + "'; use geonames or csv");
            }
            org.groundtruth.storage.files.OwnerOnly.directory(dataDir);
            Path dir = LocalGazetteer.directory(dataDir);
            org.groundtruth.storage.files.OwnerOnly.directory(dir);
            Path target = dir.resolve(base + suffix);
            Path partial = dir.resolve(base + suffix + ".part");
            Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
            org.groundtruth.storage.files.OwnerOnly.file(partial);
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            System.out.println(places.size() + " places from " + file + " added as " + target);
            return 0;
        }
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true, description = "Show where a place name is placed, and how it matched.")
    static final class Lookup implements Callable<Integer> {
        @Parameters(paramLabel = "NAME") String name;

        @Option(names = "--governorate", paramLabel = "G", description = "Governorate or oblast hint.") String governorate;

        @Option(names = "--country", paramLabel = "CC", description = "Country code (SY, UA).") String country;

        @Option(names = "--data", paramLabel = "DIR", defaultValue = "groundtruth-data", description = "Data directory (default: ${DEFAULT-VALUE}).")
        Path dataDir;

        @Override
        public Integer call() {
            Gazetteer g = LocalGazetteer.load(dataDir);
            Optional<PlaceMatch> m = g.lookup(name, governorate, country);
            if (m.isEmpty()) {
                System.out.println("not found: " + name);
                return 1;
            }
            Place p = m.get().place();
            System.out.printf(Locale.ROOT, "%s -> %s (%s) %.5f,%.5f %s, %s [%s, matched '%s' %s, score %.2f]%n", name, p.name(),
                    p.arabicName() == null ? "" : p.arabicName(), p.point().lat(), p.point().lon(), p.level().label(),
                    p.governorate(), p.source(), m.get().matchedName(), m.get().kind(), m.get().score());
            return 0;
        }
    }
}
