package org.groundtruth.app.serve;

import org.groundtruth.account.AccountStore;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.objective.ObjectiveLayer;
import org.groundtruth.review.IncidentReviews;
import org.groundtruth.store.Store;
import org.groundtruth.account.Role;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.web.account.Passwords;
import org.groundtruth.web.account.Secrets;

import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.imports.TerminalProgress;
import org.groundtruth.app.gazetteer.LocalGazetteer;
import org.groundtruth.app.testimony.KeyOptions;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.intake.ImportReport;
import org.groundtruth.intake.ImportTarget;
import org.groundtruth.intake.Importer;
import org.groundtruth.intake.claims.ClaimImportReport;
import org.groundtruth.intake.claims.ClaimImporter;
import org.groundtruth.matching.LedgerMatching;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.zip.GZIPInputStream;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the demo data (Syrian Archive's alleged Russian attacks 2015-2017 and UCDP GED Syria 2016-2019) "
                + "into an embedded store, or with --db into PostgreSQL, and serve it.")
public final class DemoCommand implements Callable<Integer> {

    /** A demo file shipped in the jar, and the importer format that reads it. */
    record DemoFile(String resource, String fileName, String format) {
    }

    static final List<DemoFile> FILES = List.of(
            new DemoFile("/demo/syrian-archive-russian-attacks.csv", "syrian-archive-russian-attacks.csv", "syrian-archive"),
            new DemoFile("/demo/ucdp-ged-syria-2016-2019.csv.gz", "ucdp-ged-syria-2016-2019.csv", "ucdp-ged"));

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "groundtruth-data/demo",
            description = "Data directory for the demo store (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--db", paramLabel = "URL",
            description = "Run the demo on PostgreSQL (jdbc:postgresql://host/db?user=...) instead of the embedded store in --data; "
                    + "default: $" + StoreOptions.DB_ENV + " if set. --data still holds the demo's source files and added gazetteer entries.")
    String dbUrl;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--no-serve", description = "Load the demo data and exit.")
    boolean noServe;

    @picocli.CommandLine.Mixin
    KeyOptions keyOptions;

    @picocli.CommandLine.Mixin
    org.groundtruth.app.evidence.SigningKeyOptions signingKey;

    @Override
    public Integer call() throws Exception {
        org.groundtruth.testimony.KeyRing keys = keyOptions.keys();
        StoreOptions where = new StoreOptions(dataDir, dbUrl);
        Store store = where.open();
        KeyOptions.protection(store, keys);
        Gazetteer gazetteer = LocalGazetteer.load(dataDir);
        try {
            prepare(store, gazetteer, dataDir.resolve("demo-sources"), System.out);
            demoAdmin(store).ifPresent(System.out::println);
            org.groundtruth.app.warning.DemoSightings.demoSpotter(store).ifPresent(System.out::println);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        if (noServe) {
            store.close();
            return 0;
        }
        org.groundtruth.evidence.EvidenceService evidence = org.groundtruth.app.evidence.EvidenceWiring.service(store, where);
        org.groundtruth.evidence.SigningKey signer = signingKey.key(dataDir);
        System.out.println(org.groundtruth.app.evidence.SigningKeyFiles.announce(signer));
        var sightings = org.groundtruth.app.warning.DemoSightings.live(org.groundtruth.app.warning.DemoSightings.read(extract(SIGHTINGS, dataDir.resolve("demo-sources"))));
        System.out.println("The SYNTHETIC sighting log plays again every hour from now: its alerts are marked as an exercise.");
        Serving.runUntilStopped(store, Serving.settings(port, null, gazetteer).withEvidence(evidence,
                org.groundtruth.web.WebSettings.DEFAULT_UPLOAD_MAX_BYTES, org.groundtruth.intake.evidence.EvidenceBundle.writer(evidence, signer))
                .withWarning(org.groundtruth.app.warning.WarningWiring.setup(gazetteer, null).withSource(sightings)), org.groundtruth.web.SecuritySettings.DEFAULT, keys, System.out);
        return 0;
    }

    /**
     * Everything the demo loads, on any store: the datasets, the SYNTHETIC sample claims and their matches, the
     * publication of the datasets, attribution and grades, the SYNTHETIC sighting log recorded at its own date. Idempotent. {@code bench serve} prepares its store with it.
     */
    public static void prepare(Store store, Gazetteer gazetteer, Path sourcesDir, java.io.PrintStream out) {
        for (ImportReport r : load(store, gazetteer, sourcesDir)) out.println(r.summary());
        out.println(loadSampleClaims(store, gazetteer, sourcesDir).summary() + " (SYNTHETIC sample claims)");
        out.println(new LedgerMatching(store.port(ClaimLedger.PORT)).catchUp().line());
        long published = publishDemoData(store); // first: the stored grades and parties learn from published incidents only
        if (published > 0) out.println("published " + published + " demo incidents (public datasets; recorded in the audit log as system:demo)");
        long assessed = org.groundtruth.app.assessment.Assessors.prepareDemo(store, sourcesDir);
        String sightings = recordSyntheticSightings(store, gazetteer, sourcesDir);
        org.groundtruth.storage.files.OwnerOnly.tree(sourcesDir); // owner-only like all the data directory (0611)
        out.println(assessed + " incidents attributed and graded (objectives layer: " + store.port(ObjectiveLayer.PORT).list().size() + " sites)");
        out.println(sightings);
    }

    /** The demo's SYNTHETIC sighting log (decision 0812), shipped beside the data. */
    static final DemoFile SIGHTINGS = new DemoFile("/demo/sightings-synthetic.jsonl", "sightings-synthetic.jsonl", "sightings");

    /** Records the SYNTHETIC sighting log at its own date, as exercises (idempotent). */
    static String recordSyntheticSightings(Store store, Gazetteer gazetteer, Path sourcesDir) {
        var lines = org.groundtruth.app.warning.DemoSightings.read(extract(SIGHTINGS, sourcesDir));
        try {
            return org.groundtruth.app.warning.DemoSightings.record(store, org.groundtruth.app.warning.WarningWiring.setup(gazetteer, null), lines);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording the demo's sighting log", e);
        }
    }

    /**
     * Imported incidents arrive as drafts, which the public does not see. The demo ships public datasets, so it
     * publishes what its own imports loaded, as one audit entry by "system:demo" (decision records 0704, 0750), and
     * nothing else: a draft someone typed in or imported, or a demo incident a person has since edited, sent back or
     * merged, stays as people left it however often the demo runs again.
     */
    public static long publishDemoData(Store store) {
        return store.port(IncidentReviews.PORT).publishImported(DEMO_ACTOR, ChangeNote.system("demo").because("the demo's data are public datasets"));
    }

    /** Who the demo's imports are recorded as having run them. */
    static final String DEMO_ACTOR = "system:demo";

    /**
     * On the demo's first run, an admin "demo-admin" with a random password, printed once so that the review workflow,
     * users and audit log can be tried; empty when the store already has users.
     */
    static java.util.Optional<String> demoAdmin(Store store) {
        if (store.port(AccountStore.PORT).countUsers() > 0) return java.util.Optional.empty();
        String password = Secrets.random().substring(0, 20);
        store.port(AccountStore.PORT).addUser("demo-admin", Role.ADMIN, new Passwords().hash(password.toCharArray()), ChangeNote.system("demo"));
        return java.util.Optional.of("Sign in as demo-admin with password " + password + " (shown this once; "
                + "`groundtruth user add NAME --role ROLE --data DIR` adds more).");
    }

    /** Imports every demo file (idempotent: a second run changes nothing). */
    public static List<ImportReport> load(Store store, Gazetteer gazetteer, Path sourcesDir) {
        Importer importer = new Importer();
        return FILES.stream().map(f -> {
            var format = org.groundtruth.intake.Formats.forName(f.format(), null);
            ImportReport r = importer.importFile(extract(f, sourcesDir), format, gazetteer, ImportTarget.of(store.incidents(), DEMO_ACTOR),
                    TerminalProgress.forFile(f.fileName()));
            org.groundtruth.app.imports.ImportLicence.record(store, null, format.licence(), format.dataset(), DEMO_ACTOR); // the publishers' marks, as any import records them
            return r;
        }).toList();
    }

    /**
     * Imports the SYNTHETIC sample claims bundled with the importers (intake resources sample-claims/, see its README):
     * placeholder parties and statements never made, dated near the demo's real incidents so that the demo shows matches.
     */
    public static ClaimImportReport loadSampleClaims(Store store, Gazetteer gazetteer, Path sourcesDir) {
        Path csv = extract(new DemoFile("/sample-claims/sample-claims.csv", "sample-claims.csv", "claims"), sourcesDir);
        Path mapping = extract(new DemoFile("/sample-claims/sample-claims.mapping.yaml", "sample-claims.mapping.yaml", "claims"), sourcesDir);
        return new ClaimImporter().importFile(csv, "csv", mapping, gazetteer, store.port(ClaimLedger.PORT), java.time.Instant.now(), "system:demo");
    }

    private static Path extract(DemoFile f, Path dir) {
        Path target = dir.resolve(f.fileName());
        try {
            if (Files.isRegularFile(target)) return target;
            Files.createDirectories(dir);
            Path partial = dir.resolve(f.fileName() + ".part");
            try (InputStream raw = DemoCommand.class.getResourceAsStream(f.resource())) {
                if (raw == null) throw new IllegalStateException("demo resource " + f.resource() + " is missing from the jar");
                InputStream in = f.resource().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            return Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the demo data to " + dir, e);
        }
    }
}
