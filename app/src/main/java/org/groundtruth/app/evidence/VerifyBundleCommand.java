package org.groundtruth.app.evidence;

import org.groundtruth.app.UserException;
import org.groundtruth.evidence.BundlePublicKey;
import org.groundtruth.intake.evidence.BundleRefusedException;
import org.groundtruth.intake.evidence.BundleVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code groundtruth verify-bundle FILE}: checks an exported evidence bundle with nothing but the bundle. */
@Command(name = "verify-bundle", mixinStandardHelpOptions = true,
        description = "Check an evidence bundle on any machine: names every file altered, added or removed, every custody break and a"
                + " manifest whose signature fails. With --key, also that the store with that public key signed it. Exit 1 if any;"
                + " 2 if the zip is refused (zip bomb, path traversal, not a bundle).")
public final class VerifyBundleCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--key", paramLabel = "PUBLIC",
            description = "The public key of the store that should have signed the bundle (ed25519:BASE64, as `serve` and"
                    + " `evidence public-key` print it), or a file holding it. Without it, only the bundle's own consistency is proved.")
    String key;

    @Spec
    CommandSpec spec;

    /** The key given as text, or read from the file it names (its first line that is not a comment). */
    static BundlePublicKey publicKey(String given) {
        String text = given.strip();
        Path asFile = null;
        try {
            asFile = Path.of(text);
        } catch (java.nio.file.InvalidPathException notAPath) {
            // text, then
        }
        if (asFile != null && !text.regionMatches(true, 0, BundlePublicKey.PREFIX, 0, BundlePublicKey.PREFIX.length()) && Files.isRegularFile(asFile)) {
            try {
                text = Files.readAllLines(asFile).stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .map(l -> l.replaceFirst("^public\\s+", "")).findFirst().orElse("");
            } catch (java.io.IOException e) {
                throw new UserException("--key: cannot read " + asFile + ": " + e.getMessage(), e);
            }
        }
        try {
            return BundlePublicKey.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserException("--key: " + e.getMessage());
        }
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) throw new UserException("no such file: " + file);
        BundlePublicKey trusted = key == null ? null : publicKey(key);
        BundleVerifier.Report report;
        try {
            report = BundleVerifier.verify(file, trusted);
        } catch (BundleRefusedException e) {
            throw new UserException("bundle refused: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (BundleVerifier.Finding f : report.findings()) err.println(f.describe());
        out.printf("verify-bundle: %d files, %d custody entries checked; %s%n", report.filesChecked(), report.entriesChecked(),
                report.intact() ? "intact" : report.findings().size() + " problem(s)");
        if (report.signedBy() != null && report.keyChecked()) {
            out.printf("signed by the key given (fingerprint %s): this store made this manifest, and nothing in the bundle changed since%n",
                    report.signedBy().fingerprint());
        } else if (report.signedBy() != null) {
            out.printf("signed by key %s (%s), which was NOT checked against a key you trust: anyone can sign a bundle with a key"
                    + " of their own. Pass --key with the store's public key (groundtruth evidence public-key) to prove who made it.%n",
                    report.signedBy().fingerprint(), report.signedBy().text());
        }
        out.flush();
        err.flush();
        return report.intact() ? 0 : VerifyCommand.EXIT_BROKEN;
    }
}
