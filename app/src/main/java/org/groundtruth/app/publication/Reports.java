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
import org.groundtruth.publication.PublicationLedger;
import org.groundtruth.publication.PublicationRefusedException;
import org.groundtruth.publication.ReportAssembler;
import org.groundtruth.publication.ReportDocument;
import org.groundtruth.publication.ReportDraft;
import org.groundtruth.publication.ReportLanguage;
import org.groundtruth.publication.ReportSources;
import org.groundtruth.publication.SourceLicences;
import org.groundtruth.publish.report.MapLabel;
import org.groundtruth.publish.report.ReportRenderer;
import org.groundtruth.store.Store;
import org.groundtruth.testimony.WitnessProtection;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Assembling a report from the store and rendering it to a file: what {@code report build} and report versions share. */
public final class Reports {
    private Reports() {
    }

    /** The report's output formats, chosen by the file's extension. */
    public enum Format {
        PDF, HTML;

        public static Format of(Path out) {
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".pdf")) return PDF;
            if (name.endsWith(".html") || name.endsWith(".htm")) return HTML;
            throw new UserException("--out: '" + out.getFileName() + "' must end in .pdf (PDF/A-3) or .html (one self-contained file)");
        }
    }

    /**
     * The report as the data and the draft make it, after every publication rule: refusals are turned into one
     * message listing each reason, an empty selection into its plain sentence.
     */
    public static ReportDocument assemble(Store store, WitnessProtection protection, ReportDraft draft, LocalDate today) {
        Assessor assessor = Assessors.of(store);
        ReportSources sources = new ReportSources(store, i -> assessor.assess(i, EnumSet.of(IncidentStatus.PUBLISHED)), protection);
        try {
            ReportSources.Gathered g = sources.gather(draft.selection());
            SourceLicences licences = SourceLicences.of(store.port(PublicationLedger.PORT).licenceMarks());
            return new ReportAssembler(licences, g.protectedTerms()).assemble(draft, g.dossiers(), g.imports(), today);
        } catch (PublicationRefusedException e) {
            throw new UserException("the report was refused, nothing was written:\n  "
                    + e.refusals().stream().map(Object::toString).collect(Collectors.joining("\n  ")), e);
        } catch (EmptySelectionException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Place names for the map: governorates and districts of the gazetteer, in the report's language where it has them. */
    public static List<MapLabel> labels(Path dataDir, ReportLanguage language) {
        Gazetteer g = LocalGazetteer.load(dataDir);
        List<MapLabel> out = new ArrayList<>();
        for (Place p : g.places()) {
            long rank = p.level() == LocationPrecision.GOVERNORATE ? 3 : p.level() == LocationPrecision.DISTRICT ? 2 : 0;
            if (rank == 0) continue;
            String name = language == ReportLanguage.AR && p.arabicName() != null ? p.arabicName() : p.name();
            out.add(new MapLabel(name, p.point().lat(), p.point().lon(), rank));
        }
        return out;
    }

    /** Renders to bytes in memory: a report is a few megabytes, and a published version is hashed before it is kept. */
    public static byte[] render(ReportDocument doc, Format format, List<MapLabel> labels) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 20);
        ReportRenderer r = new ReportRenderer(labels);
        if (format == Format.PDF) r.pdf(doc, out);
        else r.html(doc, out);
        return out.toByteArray();
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
