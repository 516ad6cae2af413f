package org.groundtruth.app.assessment;

import org.groundtruth.objective.ObjectiveLayer;
import org.groundtruth.store.Store;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.intake.assessment.ObjectiveFileException;
import org.groundtruth.intake.assessment.ObjectiveFiles;
import org.groundtruth.objective.MilitaryObjective;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

@Command(name = "objectives", mixinStandardHelpOptions = true,
        description = "The layer of known military objectives (bases, positions, checkpoints, front lines) with validity periods.",
        subcommands = {ObjectivesCommand.Import.class, ObjectivesCommand.ListAll.class})
public final class ObjectivesCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Add the objectives of a GeoJSON or CSV file: all of them, or on any problem none (each problem named by line and field).")
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE") Path file;

        @Option(names = "--format", required = true, paramLabel = "F",
                description = "geojson (FeatureCollection of Point, LineString, Polygon) or csv (name,kind,lat,lon|wkt,valid_from,valid_to,party,source,notes)")
        String format;

        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() throws IOException {
            String f = format.toLowerCase(Locale.ROOT);
            if (!ObjectiveFiles.FORMATS.contains(f)) throw new UserException("unknown objectives format '" + format + "'; use geojson or csv");
            if (!Files.isRegularFile(file)) throw new UserException("no such file: " + file);
            List<MilitaryObjective> read;
            try {
                read = ObjectiveFiles.read(file, f);
            } catch (ObjectiveFileException e) {
                throw new UserException("objectives rejected, nothing was stored:\n  " + String.join("\n  ", e.getMessage().split("\n")));
            }
            try (Store store = storeOptions.open()) {
                List<MilitaryObjective> stored = store.port(ObjectiveLayer.PORT).addAll(read,
                        new org.groundtruth.audit.ChangeNote(org.groundtruth.app.account.CliActor.actor(), "objectives import " + file.getFileName()));
                System.out.println(stored.size() + " objective(s) from " + file + " added (ids "
                        + (stored.isEmpty() ? "none" : stored.getFirst().id() + ".." + stored.getLast().id()) + ")");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the objectives layer.")
    static final class ListAll implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                List<MilitaryObjective> all = store.port(ObjectiveLayer.PORT).list();
                System.out.println("id\tkind\tname\tvalid\tparty\tlat,lon\tsource");
                for (MilitaryObjective o : all) {
                    System.out.printf(Locale.ROOT, "%d\t%s\t%s\t%s\t%s\t%.5f,%.5f\t%s%n", o.id(), o.kind().code(), o.name(), o.validity(),
                            o.party() == null ? "" : o.party(), o.geometry().anchor().lat(), o.geometry().anchor().lon(), o.source());
                }
                System.out.println(all.size() + " objective(s)");
            }
            return 0;
        }
    }
}
