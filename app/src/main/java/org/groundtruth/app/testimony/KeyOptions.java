package org.groundtruth.app.testimony;

import org.groundtruth.store.Store;
import org.groundtruth.testimony.TestimonyLedger;
import org.groundtruth.app.UserException;
import org.groundtruth.testimony.KeyRing;
import org.groundtruth.testimony.ProtectionException;
import org.groundtruth.testimony.WitnessProtection;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the testimony key comes from, first found wins: {@code --key-file FILE}, the file named by
 * {@code GROUNDTRUTH_KEY_FILE}, or the base64 key in {@code GROUNDTRUTH_KEY}. None of them is ever inside the store.
 */
public final class KeyOptions {
    public static final String KEY_FILE_ENV = "GROUNDTRUTH_KEY_FILE";
    public static final String KEY_ENV = "GROUNDTRUTH_KEY";

    @Option(names = "--key-file", paramLabel = "FILE",
            description = "Testimony key file (default: $" + KEY_FILE_ENV + ", else the base64 key in $" + KEY_ENV + "). Needed once the store holds witness statements.")
    Path keyFile;

    Map<String, String> env = System.getenv();

    public KeyOptions() {
    }

    /** The keys given, or null when none was. */
    public KeyRing keys() {
        if (keyFile != null) return KeyFiles.read(keyFile);
        String fileFromEnv = env.get(KEY_FILE_ENV);
        if (fileFromEnv != null && !fileFromEnv.isBlank()) return KeyFiles.read(Path.of(fileFromEnv));
        String key = env.get(KEY_ENV);
        if (key != null && !key.isBlank()) return KeyRing.of(KeyFiles.decode(key, "$" + KEY_ENV));
        return null;
    }

    /** The key file named by the option or the environment, or null. */
    public Path keyFile() {
        if (keyFile != null) return keyFile;
        String fileFromEnv = env.get(KEY_FILE_ENV);
        return fileFromEnv == null || fileFromEnv.isBlank() ? null : Path.of(fileFromEnv);
    }

    /**
     * Checks the key against the store: refuses (one line, exit 2) a store holding protected data when no key was
     * given, and a wrong key. Closes the store when it refuses.
     */
    public WitnessProtection protection(Store store) {
        KeyRing keys;
        try {
            keys = keys();
        } catch (UserException e) {
            store.close();
            throw e;
        }
        return protection(store, keys);
    }

    /** As {@link #protection(Store)}, with the keys already read. */
    public static WitnessProtection protection(Store store, KeyRing keys) {
        try {
            return WitnessProtection.open(store.port(TestimonyLedger.PORT), keys);
        } catch (ProtectionException e) {
            store.close();
            throw new UserException(e.getMessage(), e);
        }
    }
}
