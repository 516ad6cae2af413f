package org.groundtruth.app.evidence;

import org.groundtruth.app.UserException;
import org.groundtruth.evidence.SigningKey;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the evidence signing key is kept (decision 0610), first found wins: {@code --signing-key FILE}, the file
 * named by {@code GROUNDTRUTH_SIGNING_KEY_FILE}, the system property {@code groundtruth.signingKeyFile} (tests), else
 * {@code $XDG_CONFIG_HOME/groundtruth/evidence-signing.key} ({@code ~/.config/...}). Never inside the data directory:
 * whoever copied the store could then sign bundles as it.
 */
public final class SigningKeyOptions {
    public static final String ENV = "GROUNDTRUTH_SIGNING_KEY_FILE";
    public static final String PROPERTY = "groundtruth.signingKeyFile";

    @Option(names = "--signing-key", paramLabel = "FILE",
            description = "The key evidence bundles are signed with, created owner-only on first use (default: $" + ENV
                    + ", else ~/.config/groundtruth/evidence-signing.key). Keep it outside the data directory.")
    Path file;

    Map<String, String> env = System.getenv();

    public Path file() {
        if (file != null) return file;
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) return Path.of(fromEnv);
        String fromProperty = System.getProperty(PROPERTY);
        if (fromProperty != null && !fromProperty.isBlank()) return Path.of(fromProperty);
        String config = env.get("XDG_CONFIG_HOME");
        Path base = config != null && !config.isBlank() ? Path.of(config) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("groundtruth").resolve("evidence-signing.key");
    }

    /** The signing key, created on first use; refused when it would sit inside {@code dataDir}. */
    public SigningKey key(Path dataDir) {
        Path f = file().toAbsolutePath().normalize();
        if (dataDir != null && f.startsWith(dataDir.toAbsolutePath().normalize())) {
            throw new UserException("the signing key " + f + " is inside the data directory; keep it elsewhere (--signing-key FILE),"
                    + " or whoever copies the store can sign bundles as it");
        }
        return SigningKeyFiles.readOrCreate(f);
    }
}
