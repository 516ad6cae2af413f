package org.groundtruth.app.assessment;

import org.groundtruth.assessment.AssessmentLedger;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.objective.ObjectiveLayer;
import org.groundtruth.store.Store;
import org.groundtruth.app.UserException;
import org.groundtruth.assessment.Assessment;
import org.groundtruth.assessment.Assessor;
import org.groundtruth.assessment.StatementSource;
import org.groundtruth.attribution.Candidate;
import org.groundtruth.incident.Incident;
import org.groundtruth.intake.assessment.WeaponReferenceFile;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Locale;

/** Builds the assessor the CLI and the server use, and prints assessments for people. */
public final class Assessors {
    private Assessors() {
    }

    /** The parties' statements: matched claims and responses from the claims ledger. */
    public static StatementSource statements(Store store) {
        return new org.groundtruth.assessment.ClaimStatements(store.port(ClaimLedger.PORT));
    }

    /**
     * The assessor with the store's live sightings as evidence (decision 0814), projected over the gazetteer of
     * {@code dataDir}, which is read only when the store holds a live sighting.
     */
    public static Assessor withSightings(Store store, java.nio.file.Path dataDir) {
        Assessor assessor = of(store);
        if (!store.port(org.groundtruth.warning.SightingLedger.PORT).anyLive()) return assessor;
        var setup = org.groundtruth.app.warning.WarningWiring.setup(org.groundtruth.app.gazetteer.LocalGazetteer.load(dataDir), null);
        return assessor.withSightings(setup.evidence(store));
    }

    public static Assessor of(Store store) {
        return new Assessor(store.incidents(), store.port(ObjectiveLayer.PORT), store.port(AssessmentLedger.PORT), statements(store), WeaponReferenceFile.bundled(),
                Clock.systemUTC());
    }

    /**
     * For the demo: adds the bundled layer of Syrian military airbases if the layer is empty, then assesses every
     * incident so that the map's grade and party filters have values. Returns the number assessed.
     */
    public static long prepareDemo(Store store, java.nio.file.Path sourcesDir) {
        if (store.port(ObjectiveLayer.PORT).list().isEmpty()) {
            try (java.io.InputStream in = Assessors.class.getResourceAsStream(DEMO_OBJECTIVES)) {
                if (in == null) throw new IllegalStateException(DEMO_OBJECTIVES + " is missing from the jar");
                java.nio.file.Files.createDirectories(sourcesDir);
                java.nio.file.Path file = sourcesDir.resolve("objectives-sy.geojson");
                java.nio.file.Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                store.port(ObjectiveLayer.PORT).addAll(org.groundtruth.intake.assessment.ObjectiveFiles.geoJson(file),
                        org.groundtruth.audit.ChangeNote.system("demo"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the demo objectives", e);
            }
        }
        return of(store).assessAll(null);
    }

    static final String DEMO_OBJECTIVES = "/demo/objectives-sy.geojson";

    static Incident incident(Store store, String id) {
        return org.groundtruth.app.IncidentArg.resolve(store, id); // its number or its public id
    }

    static void printAttribution(PrintStream out, Incident i, Assessment a) {
        out.printf(Locale.ROOT, "incident %d \"%s\" (%s): %s%n", i.id(), i.facts().title(), i.facts().date().display(),
                a.attribution().verdictLabel());
        out.println("  " + a.attribution().explanation());
        for (Candidate c : a.attribution().candidates()) {
            out.printf(Locale.ROOT, "  %-20s %.3f%n", c.party().label(), c.probability());
            c.evidenceFor().forEach(e -> out.println("      for:     " + e));
            c.evidenceAgainst().forEach(e -> out.println("      against: " + e));
        }
        out.println("  objectives: [" + a.objectives().concern().code() + "] " + a.objectives().statement());
    }

    static void printGrade(PrintStream out, Incident i, Assessment a) {
        var g = a.grade();
        out.printf(Locale.ROOT, "incident %d \"%s\": %s%s%n", i.id(), i.facts().title(), g.effective().label(),
                g.overridden() ? " (overridden; computed: " + g.computed().label() + ")" : " (computed)");
        g.reasons().forEach(r -> out.println("  " + r));
        if (g.overridden()) {
            out.println("  override by " + g.override().author() + " at " + g.override().at() + ": " + g.override().reason());
        }
    }
}
