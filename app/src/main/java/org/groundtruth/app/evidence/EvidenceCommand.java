package org.groundtruth.app.evidence;

import org.groundtruth.store.Store;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.evidence.Acquisition;
import org.groundtruth.evidence.CustodyEntry;
import org.groundtruth.evidence.EvidenceItem;
import org.groundtruth.evidence.EvidenceService;
import org.groundtruth.evidence.SigningKey;
import org.groundtruth.evidence.FileHead;
import org.groundtruth.evidence.NearDuplicate;
import org.groundtruth.evidence.StoredBlob;
import org.groundtruth.evidence.TypeMismatchException;
import org.groundtruth.evidence.VerificationStep;
import org.groundtruth.intake.evidence.EvidenceBundle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code groundtruth evidence ...}: add files, list them, show one with its custody log, export a bundle, record a verification step. */
@Command(name = "evidence", mixinStandardHelpOptions = true,
        description = "Evidence files: stored once by SHA-256, with capture metadata and a chain of custody.",
        subcommands = {EvidenceCommand.Add.class, EvidenceCommand.PublicKey.class, EvidenceCommand.ListItems.class, EvidenceCommand.Show.class,
                EvidenceCommand.Export.class, EvidenceCommand.Verified.class})
public final class EvidenceCommand {

    static String defaultActor() {
        return org.groundtruth.app.account.CliActor.actor();
    }

    static RuntimeException userError(RuntimeException e) {
        if (e instanceof NoSuchElementException || e instanceof IllegalArgumentException) return new UserException(e.getMessage(), e);
        return e;
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add files (folders are walked recursively): hash, sniff the type, read capture metadata, open the custody log.")
    public static final class Add implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders.")
        List<Path> paths;

        @Option(names = "--incident", paramLabel = "ID", description = "Link every file to this incident (its number or its public id).")
        String incidentText;

        @Option(names = "--source-url", paramLabel = "URL", description = "Where the files were found online.")
        String sourceUrl;

        @Option(names = "--device", paramLabel = "TEXT", description = "The device the files came from.")
        String device;

        @Option(names = "--from", paramLabel = "PSEUDONYM", description = "Who gave the files: the pseudonym of a witness whose statement is recorded (never a name).")
        String person;

        @Option(names = "--acquired-at", paramLabel = "INSTANT", description = "When they were obtained, ISO-8601 (2015-11-29T12:00:00Z).")
        String acquiredAt;

        @Option(names = "--by", paramLabel = "NAME", description = "Who is adding them (default: cli:<login name>).")
        String by;

        @Option(names = "--accept-type-mismatch", description = "Keep files whose content contradicts the type their name claims "
                + "(a photo named .pdf, renamed on purpose), typed by their content and flagged; without it they are refused.")
        boolean acceptTypeMismatch;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<Path> files = new ArrayList<>();
            for (Path p : paths) {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> walk = Files.walk(p)) {
                        walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                    } catch (IOException e) {
                        throw new UserException("cannot read the folder " + p + ": " + e.getMessage(), e);
                    }
                } else if (Files.isRegularFile(p)) {
                    files.add(p);
                } else {
                    throw new UserException("no such file or folder: " + p);
                }
            }
            Acquisition acquisition;
            try {
                acquisition = new Acquisition(by == null ? defaultActor() : by, sourceUrl, device, person,
                        acquiredAt == null ? null : Instant.parse(acquiredAt), null);
            } catch (DateTimeParseException e) {
                throw new UserException("--acquired-at '" + acquiredAt + "' is not an ISO-8601 instant like 2015-11-29T12:00:00Z");
            } catch (IllegalArgumentException e) {
                throw userError(e);
            }
            PrintWriter out = spec.commandLine().getOut();
            try (Store s = store.open()) {
                EvidenceService evidence = EvidenceWiring.service(s, store);
                try {
                    Long incidentId = incidentText == null ? null : evidence.incidentNamed(incidentText.strip());
                    evidence.requireWitnessPseudonym(acquisition);
                    if (!acceptTypeMismatch) requireHonestTypes(evidence, files);
                    for (Path f : files) {
                        StoredBlob blob = EvidenceWiring.store(evidence, f);
                        EvidenceService.Added added = evidence.add(blob, f.getFileName().toString(), acquisition, incidentId);
                        EvidenceItem item = added.item();
                        out.printf("%s %d %s %s %d bytes%s%s%n", added.alreadyHeld() ? "held " : "added", item.id(), item.sha256(),
                                item.mediaType(), item.sizeBytes(), item.nameMismatch() ? " (name says " + item.nameMediaType() + ")" : "",
                                "  " + f);
                        for (NearDuplicate d : added.nearDuplicates()) {
                            out.printf("      near-duplicate of evidence %d %s (%d of 64 bits differ)%n", d.evidenceId(), d.originalName(), d.distanceBits());
                        }
                    }
                } catch (NoSuchElementException | IllegalArgumentException e) {
                    throw userError(e);
                }
            }
            out.flush();
            return 0;
        }
    }

    /** Checks every file's first bytes against its name before any is stored, and names every one that lies. */
    private static void requireHonestTypes(EvidenceService evidence, List<Path> files) {
        List<String> refused = new ArrayList<>();
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f)) {
                evidence.requireHonestType(f.getFileName().toString(), in.readNBytes(FileHead.BYTES));
            } catch (TypeMismatchException e) {
                refused.add(f + " (" + e.getMessage() + ")");
            } catch (IOException e) {
                throw new UserException("cannot read " + f + ": " + e.getMessage(), e);
            }
        }
        if (refused.isEmpty()) return;
        throw new UserException("nothing was stored: " + refused.size() + " file" + (refused.size() == 1 ? "'s content contradicts its name" : "s' contents contradict their names")
                + ":\n  " + String.join("\n  ", refused)
                + "\nIf a name was changed on purpose, add the files again with --accept-type-mismatch: they are then kept, typed by their content, and flagged.");
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List evidence: id, SHA-256, type, size, capture time, name, incidents.")
    public static final class ListItems implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(names = "--incident", paramLabel = "ID", description = "Only the evidence of this incident (its number or its public id).")
        String incidentText;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store s = store.open()) {
                EvidenceService evidence = EvidenceWiring.service(s, store);
                Long incidentId;
                try {
                    incidentId = incidentText == null ? null : evidence.incidentNamed(incidentText.strip());
                } catch (NoSuchElementException e) {
                    throw userError(e);
                }
                List<EvidenceItem> items = incidentId == null ? evidence.ledger().list() : evidence.ledger().forIncident(incidentId);
                Map<Long, List<NearDuplicate>> dups = evidence.nearDuplicates(items);
                out.println("id\tsha256\ttype\tbytes\tcaptured\tname\tincidents\tnear-duplicates");
                for (EvidenceItem i : items) {
                    out.printf("%d\t%s\t%s\t%d\t%s\t%s\t%s\t%s%n", i.id(), i.sha256(), i.mediaType(), i.sizeBytes(),
                            i.capture().capturedAt() == null ? "" : i.capture().capturedAt(), i.originalName(),
                            evidence.ledger().incidentsOf(i.id()), dups.get(i.id()).stream().map(d -> Long.toString(d.evidenceId())).toList());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show one item: metadata and its chain of custody.")
    public static final class Show implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "ID")
        long id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Store s = store.open()) {
                EvidenceService evidence = EvidenceWiring.service(s, store);
                EvidenceItem i;
                try {
                    i = evidence.item(id);
                } catch (NoSuchElementException e) {
                    throw userError(e);
                }
                out.printf("evidence %d%n  sha256      %s%n  size        %d bytes%n  type        %s%s%n  name        %s%n  captured    %s%s%n", i.id(), i.sha256(), i.sizeBytes(),
                        i.mediaType(), i.nameMismatch() ? " (name says " + i.nameMediaType() + ")" : "", i.originalName(),
                        i.capture().capturedAt() == null ? "-" : i.capture().capturedAt(),
                        i.capture().capturedAtSource() == null ? "" : " (" + i.capture().capturedAtSource() + ")");
                if (i.capture().hasPosition()) out.printf("  gps         %.6f, %.6f%n", i.capture().latitude(), i.capture().longitude());
                if (i.capture().device() != null) out.printf("  device      %s%n", i.capture().device());
                if (i.perceptualHash() != null) out.printf("  phash       %s%n", i.perceptualHash());
                out.printf("  incidents   %s%n  custody%n", evidence.ledger().incidentsOf(i.id()));
                for (CustodyEntry e : evidence.ledger().custody(i.id())) {
                    out.printf("    %d  %s  %-9s %s %s%n        hash %s%n", e.seq(), e.event().at(), e.event().action(), e.event().actor(),
                            e.event().details(), e.entryHash());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Export an incident's evidence as a zip: the files, manifest.json (hashes, metadata), custody.json; appends an EXPORTED entry to each file's chain.")
    public static final class Export implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "INCIDENT_ID", description = "The incident: its number or its public id.")
        String incidentText;

        @Option(names = "--out", required = true, paramLabel = "FILE.zip")
        Path out;

        @Option(names = "--by", paramLabel = "NAME", description = "Who exports (default: cli:<login name>).")
        String by;

        @Mixin
        SigningKeyOptions signing;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            SigningKey key = signing.key(store.dataDir());
            try (Store s = store.open()) {
                EvidenceService evidence = EvidenceWiring.service(s, store);
                EvidenceBundle.Exported done;
                long incidentId;
                try {
                    incidentId = evidence.incidentNamed(incidentText.strip());
                    done = EvidenceBundle.export(evidence, incidentId, by == null ? defaultActor() : by, out, key);
                } catch (NoSuchElementException | IllegalArgumentException e) {
                    throw userError(e);
                } catch (UncheckedIOException e) {
                    throw new UserException(e.getMessage(), e);
                }
                spec.commandLine().getOut().printf("exported %d files (%d bytes) of incident %d to %s%n", done.files(), done.bytes(), incidentId, done.file());
                spec.commandLine().getOut().printf("signed with %s (fingerprint %s); check it with: groundtruth verify-bundle %s --key %s%n",
                        key.publicKey().text(), key.publicKey().fingerprint(), done.file(), key.publicKey().text());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }

    @Command(name = "public-key", mixinStandardHelpOptions = true,
            description = "Print the public key that evidence bundles are signed with (the signing key is created, owner-only, if there is none yet). "
                    + "Give it to whoever must check bundles: groundtruth verify-bundle FILE --key PUBLIC_KEY.")
    public static final class PublicKey implements Callable<Integer> {
        @Mixin
        SigningKeyOptions signing;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            SigningKey key = signing.key(null);
            PrintWriter out = spec.commandLine().getOut();
            out.println(key.publicKey().text());
            out.println("# fingerprint " + key.publicKey().fingerprint() + "; the private key is in " + signing.file().toAbsolutePath());
            out.flush();
            return 0;
        }
    }

    @Command(name = "verify-step", mixinStandardHelpOptions = true,
            description = "Record a verification step in a file's chain of custody (geolocated, chronolocated, authenticated, other).")
    public static final class Verified implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--kind", required = true, description = "geolocated, chronolocated, authenticated or other.")
        String kind;

        @Option(names = "--method", required = true, description = "How it was done.")
        String method;

        @Option(names = "--result", required = true, description = "What was found.")
        String result;

        @Option(names = "--by", paramLabel = "NAME", description = "Who did it (default: cli:<login name>).")
        String by;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (Store s = store.open()) {
                EvidenceService evidence = EvidenceWiring.service(s, store);
                CustodyEntry e;
                try {
                    VerificationStep.Kind k = VerificationStep.Kind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
                    e = evidence.verified(id, by == null ? defaultActor() : by, new VerificationStep(k, method, result));
                } catch (NoSuchElementException | IllegalArgumentException ex) {
                    if (ex.getMessage() != null && ex.getMessage().startsWith("No enum constant")) {
                        throw new UserException("--kind '" + kind + "' is not one of geolocated, chronolocated, authenticated, other");
                    }
                    throw userError(ex);
                }
                spec.commandLine().getOut().printf("recorded custody entry %d of evidence %d: %s%n", e.seq(), id, e.entryHash());
                spec.commandLine().getOut().flush();
            }
            return 0;
        }
    }
}
