package org.groundtruth.intake;

import java.nio.file.Files;
import java.nio.file.Path;

/** Real public data in shared/data, found through the system property the build sets. */
public final class SharedData {
    private SharedData() {
    }

    public static Path file(String relative) {
        String root = System.getProperty("groundtruth.shared", "../../shared");
        Path p = Path.of(root, "data", relative);
        if (!Files.exists(p)) throw new AssertionError("shared data file missing: " + p.toAbsolutePath());
        return p;
    }

    public static Path resource(String name) {
        try {
            var url = SharedData.class.getResource("/intake/" + name);
            if (url == null) throw new AssertionError("test resource missing: /intake/" + name);
            return Path.of(url.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
