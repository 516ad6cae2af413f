package org.groundtruth.app.serve;

import org.groundtruth.account.AccountStore;
import org.groundtruth.store.Store;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.gazetteer.LocalGazetteer;
import org.groundtruth.app.testimony.KeyOptions;
import org.groundtruth.testimony.KeyRing;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.groundtruth.app.UserException;
import org.groundtruth.web.SecuritySettings;
import org.groundtruth.web.WebSettings;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web UI, the OGC API and the JSON API (on 127.0.0.1 unless --host says otherwise).")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOptions storeOptions;

    @Mixin
    KeyOptions keyOptions;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}); 0.0.0.0 for all. Beyond loopback, an admin must exist, "
                    + "and browsers keep the Secure session cookie only over HTTPS: put a TLS proxy in front.")
    String host;

    @Option(names = "--tiles", paramLabel = "URL",
            description = "Optional tile URL template ({z}/{x}/{y}) for the map; by default only local country outlines are drawn.")
    String tileUrl;

    @Option(names = "--trusted-proxy", paramLabel = "ADDRESS",
            description = "A reverse proxy whose X-Forwarded-For names the client (an address, a CIDR block such as 10.0.0.0/8, "
                    + "or a range); repeat for several. Without it, the connecting address is the client's and X-Forwarded-For is ignored. "
                    + "The login throttle counts failures per client address.")
    List<String> trustedProxies = new ArrayList<>();

    @Option(names = "--public-url", paramLabel = "URL",
            description = "The address people reach this server at through a proxy (https://example.org or with a path), "
                    + "for the absolute links the OGC API writes; by default each request's own scheme and host.")
    String publicUrl;

    @Option(names = "--upload-max-mb", paramLabel = "MB", defaultValue = "4096",
            description = "Largest evidence upload accepted, in MiB; larger ones get 413 (default: ${DEFAULT-VALUE}). JSON bodies keep a 1 MB limit.")
    long uploadMaxMb;

    @Option(names = "--mqtt", paramLabel = "tcp://HOST:PORT",
            description = "An MQTT broker: sightings are read from groundtruth/sightings/<post> and alerts published, retained, to "
                    + "groundtruth/alerts/<country>/<admin1>/<admin2>.")
    String mqtt;

    @Override
    public Integer call() throws Exception {
        KeyRing keys = keyOptions.keys();
        Store store = storeOptions.open();
        KeyOptions.protection(store, keys); // refuses a store with witness statements and no key, or a wrong key, before anything starts
        boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        if (!loopback && store.port(AccountStore.PORT).users().stream().noneMatch(u -> u.role() == org.groundtruth.account.Role.ADMIN && !u.disabled())) {
            store.close();
            throw new UserException("--host " + host + ": serving beyond loopback needs an admin first: `groundtruth user add NAME --role admin`");
        }
        org.groundtruth.gazetteer.Gazetteer gazetteer = LocalGazetteer.load(storeOptions.dataDir());
        WebSettings settings = Serving.settings(port, tileUrl, gazetteer);
        settings = new WebSettings(host, settings.port(), settings.tileUrlTemplate(), settings.tileAttribution(), settings.governorates());
        try {
            settings = settings.withWarning(org.groundtruth.app.warning.WarningWiring.setup(gazetteer, mqtt));
        } catch (IllegalArgumentException e) {
            store.close();
            throw new UserException(e.getMessage());
        }
        try {
            settings = settings.withPublicUrl(publicUrl);
        } catch (IllegalArgumentException e) {
            store.close();
            throw new UserException("--public-url: " + e.getMessage());
        }
        if (uploadMaxMb < 1) throw new UserException("--upload-max-mb must be at least 1, not " + uploadMaxMb);
        org.groundtruth.evidence.EvidenceService evidence = org.groundtruth.app.evidence.EvidenceWiring.service(store, storeOptions);
        settings = settings.withEvidence(evidence, uploadMaxMb << 20, org.groundtruth.intake.evidence.EvidenceBundle.writer(evidence));
        if (!loopback) System.out.println("Serving beyond loopback: sign-in works only through HTTPS (Secure cookies); put a TLS proxy in front.");
        SecuritySettings security;
        try {
            security = SecuritySettings.DEFAULT.withTrustedProxies(trustedProxies);
        } catch (IllegalArgumentException e) {
            store.close();
            throw new UserException("--trusted-proxy: " + e.getMessage());
        }
        if (!trustedProxies.isEmpty()) System.out.println("Trusting X-Forwarded-For from " + String.join(", ", trustedProxies) + ".");
        Serving.runUntilStopped(store, settings, security, keys, System.out);
        return 0;
    }
}
