package org.groundtruth.app.serve;

import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.gazetteer.LocalGazetteer;
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

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--tiles", paramLabel = "URL",
            description = "Optional tile URL template ({z}/{x}/{y}) for the map; by default only local country outlines are drawn.")
    String tileUrl;

    @Option(names = "--upload-max-mb", paramLabel = "MB", defaultValue = "4096",
            description = "Largest evidence upload accepted, in MiB; larger ones get 413 (default: ${DEFAULT-VALUE}). JSON bodies keep a 1 MB limit.")
    long uploadMaxMb;

    @Override
    public Integer call() throws Exception {
        IncidentStore store = storeOptions.open();
        if (uploadMaxMb < 1) throw new org.groundtruth.app.UserException("--upload-max-mb must be at least 1, not " + uploadMaxMb);
        org.groundtruth.evidence.EvidenceService evidence = org.groundtruth.app.evidence.EvidenceWiring.service(store, storeOptions);
        org.groundtruth.web.WebSettings settings = Serving.settings(port, tileUrl, LocalGazetteer.load(storeOptions.dataDir()))
                .withEvidence(evidence, uploadMaxMb << 20, org.groundtruth.intake.evidence.EvidenceBundle.writer(evidence));
        Serving.runUntilStopped(store, settings, System.out);
        return 0;
    }
}
