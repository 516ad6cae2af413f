package org.groundtruth.app.publication;

import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.publication.EmptySelectionException;
import org.groundtruth.publication.OpenDataset;
import org.groundtruth.publication.PublicationLedger;
import org.groundtruth.publication.PublishedIncident;
import org.groundtruth.publication.Selection;
import org.groundtruth.publish.dataset.DataDictionary;
import org.groundtruth.publish.dataset.DatasetFormat;
import org.groundtruth.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code groundtruth export --format csv|geojson|gpkg|json [--filter ...] [--hxl] --out F}: the published incidents of a
 * selection as an open dataset, redacted by the exporter's rules (decision 0901), streamed from the store, written all
 * or nothing, with the data dictionary beside it.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write the published incidents as an open dataset, with its data dictionary beside it.",
                "Only published incidents leave; witnesses, spotters, internal ids, report texts and confidential sources never do."})
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "csv (ACLED-compatible columns), geojson, gpkg (GeoPackage) or json (TimeMap).")
    String format;

    @Option(names = "--filter", paramLabel = "FILTER",
            description = "Which incidents: key=value;... with keys from, to, bbox (west,south,east,north), governorate, party, grade, ids "
                    + "(e.g. from=2015-09-30;to=2015-11-29;governorate=Idlib,Hama). Default: all published incidents.")
    String filter;

    @Option(names = "--hxl", description = "CSV only: a second header row of HXL hashtags.")
    boolean hxl;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (replaced only once complete).")
    Path out;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        DatasetFormat f = DatasetFormat.parse(format)
                .orElseThrow(() -> new UserException("--format: '" + format + "' is not one of " + DatasetFormat.codes()));
        if (hxl && f != DatasetFormat.CSV) throw new UserException("--hxl: the HXL tag row is for CSV only, not " + f.code());
        Selection selection = Selection.parse(filter);
        Path target = out.toAbsolutePath();
        if (target.getParent() != null && !Files.isDirectory(target.getParent())) {
            throw new UserException("--out: the folder " + target.getParent() + " does not exist");
        }
        long written;
        try (Store store = storeOptions.open();
             Stream<PublishedIncident> rows = OpenDataset.rows(store.port(PublicationLedger.PORT), selection)) {
            Iterator<PublishedIncident> it = OpenDataset.nonEmpty(rows, selection);
            written = f.write(it, target, hxl);
        } catch (EmptySelectionException e) {
            throw new UserException(e.getMessage());
        }
        Path dictionary = dictionaryBeside(target);
        try {
            Files.writeString(dictionary, DataDictionary.markdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException("cannot write the data dictionary " + dictionary + ": " + e.getMessage(), e);
        }
        System.out.println("wrote " + written + " published incident" + (written == 1 ? "" : "s") + " (" + selection.describe() + ") to "
                + target + " as " + f.code() + "; data dictionary: " + dictionary);
        return 0;
    }

    /** "incidents.csv" gives "incidents.dictionary.md". */
    static Path dictionaryBeside(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return target.resolveSibling(base + ".dictionary.md");
    }
}
