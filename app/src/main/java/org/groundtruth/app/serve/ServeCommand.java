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
import org.groundtruth.app.UserException;
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

    @Override
    public Integer call() throws Exception {
        KeyRing keys = keyOptions.keys();
        IncidentStore store = storeOptions.open();
        KeyOptions.protection(store, keys); // refuses a store with witness statements and no key, or a wrong key, before anything starts
        boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1");
        if (!loopback && store.accounts().users().stream().noneMatch(u -> u.role() == org.groundtruth.account.Role.ADMIN && !u.disabled())) {
            store.close();
            throw new UserException("--host " + host + ": serving beyond loopback needs an admin first: `groundtruth user add NAME --role admin`");
        }
        WebSettings settings = Serving.settings(port, tileUrl, LocalGazetteer.load(storeOptions.dataDir()));
        settings = new WebSettings(host, settings.port(), settings.tileUrlTemplate(), settings.tileAttribution(), settings.governorates());
        if (!loopback) System.out.println("Serving beyond loopback: sign-in works only through HTTPS (Secure cookies); put a TLS proxy in front.");
        Serving.runUntilStopped(store, settings, keys, System.out);
        return 0;
    }
}
