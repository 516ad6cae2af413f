package org.groundtruth.app.serve;

import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.gazetteer.LocalGazetteer;
import org.groundtruth.app.testimony.KeyOptions;
import org.groundtruth.testimony.KeyRing;
import org.groundtruth.incident.IncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.concurrent.Callable;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web UI, the OGC API and the JSON API on 127.0.0.1.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    KeyOptions keyOptions;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--tiles", paramLabel = "URL",
            description = "Optional tile URL template ({z}/{x}/{y}) for the map; by default only local country outlines are drawn.")
    String tileUrl;

    @Override
    public Integer call() throws Exception {
        KeyRing keys = keyOptions.keys();
        IncidentStore store = storeOptions.open();
        KeyOptions.protection(store, keys); // refuses a store with witness statements and no key, or a wrong key, before anything starts
        Serving.runUntilStopped(store, Serving.settings(port, tileUrl, LocalGazetteer.load(storeOptions.dataDir())), keys, System.out);
        return 0;
    }
}
