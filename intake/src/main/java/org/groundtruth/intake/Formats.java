package org.groundtruth.intake;

import org.groundtruth.ingest.ImportRejectedException;
import org.groundtruth.ingest.RowProblem;
import org.groundtruth.intake.acled.AcledFormat;
import org.groundtruth.intake.geojson.GeoJsonFormat;
import org.groundtruth.intake.mapping.MappingFormat;
import org.groundtruth.intake.syrianarchive.SyrianArchiveFormat;
import org.groundtruth.intake.ucdp.UcdpGedFormat;

import java.nio.file.Path;
import java.util.List;

/** The formats Groundtruth imports, by the name given on the command line. */
public final class Formats {
    public static final List<String> NAMES = List.of("acled", "ucdp-ged", "syrian-archive", "geojson", "csv");

    private Formats() {
    }

    /** The format; "csv" needs its mapping file, which is read and checked here. */
    public static RecordFormat forName(String name, Path mappingOrNull) {
        String n = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        if (!n.equals("csv") && mappingOrNull != null) {
            throw refused("--mapping is only used with --format csv, not " + n);
        }
        return switch (n) {
            case "acled" -> new AcledFormat();
            case "ucdp-ged", "ucdp" -> new UcdpGedFormat();
            case "syrian-archive" -> new SyrianArchiveFormat();
            case "geojson", "json" -> new GeoJsonFormat();
            case "csv" -> {
                if (mappingOrNull == null) throw refused("--format csv needs a mapping file (--mapping FILE.yaml)");
                yield MappingFormat.load(mappingOrNull);
            }
            default -> throw refused("unknown format '" + name + "'; known formats: " + String.join(", ", NAMES));
        };
    }

    private static ImportRejectedException refused(String message) {
        return new ImportRejectedException(List.of(new RowProblem("(command line)", 0, "--format", message)));
    }
}
