package org.groundtruth.app.publication;

import org.groundtruth.app.UserException;
import org.groundtruth.app.assessment.Assessors;
import org.groundtruth.app.gazetteer.LocalGazetteer;
import org.groundtruth.assessment.Assessor;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.gazetteer.Place;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.publication.EmptySelectionException;
import org.groundtruth.publication.PublicationRefusedException;
import org.groundtruth.publication.ReportVersion;
import org.groundtruth.publication.ReportLanguage;
import org.groundtruth.publish.report.MapLabel;
import org.groundtruth.publish.report.ReportEditions;
import org.groundtruth.store.Store;
import org.groundtruth.testimony.WitnessProtection;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Assembling a report from the store and rendering it to a file: what {@code report build} and report versions share. */
public final class Reports {
    private Reports() {
    }

    /** The report's output format, chosen by the file's extension. */
    public static ReportVersion.Format format(Path out) {
        String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) return ReportVersion.Format.PDF;
        if (name.endsWith(".html") || name.endsWith(".htm")) return ReportVersion.Format.HTML;
        throw new UserException("--out: '" + out.getFileName() + "' must end in .pdf (PDF/A-3) or .html (one self-contained file)");
    }

    /** The editions (assemble, render, publish) of this store, with the gazetteer's places for the map. */
    public static ReportEditions editions(Store store, WitnessProtection protection, Path dataDir) {
        Assessor assessor = Assessors.of(store);
        return new ReportEditions(store, i -> assessor.assess(i, EnumSet.of(IncidentStatus.PUBLISHED)), protection,
                language -> labels(dataDir, language), Clock.systemUTC());
    }

    /**
     * Runs {@code work} (an assembly or a publication), turning the publication rules' refusals into one message that
     * lists each reason, and an empty selection into its plain sentence.
     */
    public static <T> T refusalsExplained(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (PublicationRefusedException e) {
            throw new UserException("the report was refused, nothing was written:\n  "
                    + e.refusals().stream().map(Object::toString).collect(Collectors.joining("\n  ")), e);
        } catch (EmptySelectionException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    /** Place names for the map: governorates and districts of the gazetteer, in the report's language where it has them. */
    public static List<MapLabel> labels(Path dataDir, ReportLanguage language) {
        Gazetteer g = LocalGazetteer.load(dataDir);
        List<MapLabel> out = new ArrayList<>();
        for (Place p : g.places()) {
            long rank = p.level() == LocationPrecision.GOVERNORATE ? 1_000_000 : p.level() == LocationPrecision.DISTRICT ? 100_000 : 0;
            if (rank == 0) continue;
            String name = language == ReportLanguage.AR && p.arabicName() != null ? p.arabicName() : p.name();
            out.add(new MapLabel(name, p.point().lat(), p.point().lon(), rank));
        }
        return out;
    }

    /** Writes the bytes beside {@code target} and moves them into place: a failed write leaves no half-written report. */
    public static void writeAtomically(byte[] bytes, Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
                out.write(bytes);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the leftover is named .partial
            }
        }
    }
}
