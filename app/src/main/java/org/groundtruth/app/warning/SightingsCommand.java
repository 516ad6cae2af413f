package org.groundtruth.app.warning;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.app.gazetteer.LocalGazetteer;
import org.groundtruth.app.serve.Serving;
import org.groundtruth.app.testimony.KeyOptions;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.intake.warning.SightingLog;
import org.groundtruth.store.Store;
import org.groundtruth.testimony.KeyRing;
import org.groundtruth.warning.Post;
import org.groundtruth.warning.SightingLedger;
import org.groundtruth.warning.SightingLogLine;
import org.groundtruth.web.GroundtruthServer;
import org.groundtruth.web.SecuritySettings;
import org.groundtruth.web.account.Secrets;
import org.groundtruth.web.warning.ReplayClock;
import org.groundtruth.web.warning.SightingReplay;
import org.groundtruth.web.warning.SpotterTokens;
import org.groundtruth.web.warning.WarningService;
import org.groundtruth.web.warning.WarningSetup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code groundtruth sightings replay FILE}: a recorded sighting log through the whole path, as an exercise (decision 0810). */
@Command(name = "sightings", mixinStandardHelpOptions = true, description = "Early-warning sightings: replay a recorded log for a drill or a demo.",
        subcommands = {SightingsCommand.Replay.class})
public final class SightingsCommand implements Runnable {
    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = {"Replay a sighting log (JSON Lines: one sighting a line, with the spotter's pseudonym) through the path of every sighting "
                    + "(check, sightings ledger, projection, alerts, delivery to the web page, MQTT and webhooks) as an EXERCISE: stored as such, "
                    + "and every alert it raises says so in its texts and in CAP.",
                    "The log is moved to now (its first sighting 2 s after the start), the gaps kept; --speed 10 plays a 40-minute log in 4 minutes "
                            + "while flights keep their real speed. The whole log is checked first: a bad line is named and nothing is replayed."})
    static final class Replay implements Callable<Integer> {
        static final Duration LEAD = Duration.ofSeconds(2);

        @Parameters(paramLabel = "FILE", description = "The sighting log (.jsonl).")
        Path file;
        @Option(names = "--speed", paramLabel = "N", defaultValue = "1", description = "How many times faster than real time (default: ${DEFAULT-VALUE}).")
        double speed;
        @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "Port of the server the replay runs in; 0 picks a free one (default: ${DEFAULT-VALUE}).")
        int port;
        @Option(names = "--mqtt", paramLabel = "tcp://HOST:PORT", description = "Also publish the alerts to this MQTT broker.")
        String mqtt;
        @Option(names = "--add-spotters", description = "Register the log's spotters that the store does not know (with tokens never shown: they cannot send live sightings).")
        boolean addSpotters;
        @Option(names = "--keep-serving", description = "Keep serving after the log ends, until Ctrl-C.")
        boolean keepServing;
        @Option(names = "--server", paramLabel = "URL", description = "Play the drill on this running server instead (its subscribers see it), "
                + "at real speed, with an admin's API token from --token-file or GROUNDTRUTH_TOKEN.")
        String server;
        @Option(names = "--token-file", paramLabel = "FILE", description = "With --server: a file holding an admin's API token (gt_...).")
        Path tokenFile;
        @Mixin
        StoreOptions storeOptions;
        @Mixin
        KeyOptions keyOptions;

        @Override
        public Integer call() throws Exception {
            PrintStream out = System.out;
            List<SightingLogLine> lines = read(file);
            if (server != null) return RemoteDrill.send(server, token(), file, lines.size(), speed, out);
            ReplayClock clock = new ReplayClock(speed);
            KeyRing keys = keyOptions.keys();
            Store store = storeOptions.open();
            try {
                KeyOptions.protection(store, keys);
                Gazetteer gazetteer = LocalGazetteer.load(storeOptions.dataDir());
                WarningSetup setup = WarningWiring.setup(gazetteer, mqtt);
                SightingLedger ledger = store.port(SightingLedger.PORT);
                if (addSpotters) {
                    int added = addSpotters(ledger, lines);
                    if (added > 0) out.println("registered " + added + " spotter(s) of the log, with tokens never shown");
                }
                List<String> problems = SightingReplay.problems(lines, ledger, setup, clock.instant().plus(LEAD));
                if (!problems.isEmpty()) throw new UserException(refusal(file, problems));
                Counts counts = new Counts();
                SightingReplay replay = new SightingReplay(lines, LEAD, null, counts.printingTo(out));
                SecuritySettings security = SecuritySettings.DEFAULT.withClock(clock);
                try (GroundtruthServer server = GroundtruthServer.start(store, Serving.withAssessment(store,
                        Serving.settings(port, null, gazetteer).withWarning(setup.withSource(replay))), security, keys)) {
                    Duration span = SightingReplay.span(lines);
                    out.printf(Locale.ROOT, "Replaying %d sightings spanning %s at speed %s as an EXERCISE; watch at %s/#/alerts%n", lines.size(),
                            span.toString().substring(2).toLowerCase(Locale.ROOT), speed, server.baseUrl());
                    out.flush();
                    replay.await(Duration.ofDays(365));
                    out.println(counts.summary());
                    Thread.sleep(2_000); // the last changes reach every channel
                    if (keepServing) serveUntilStopped(server, out);
                }
                return counts.refused.get() == 0 ? 0 : 1;
            } finally {
                store.close();
            }
        }

        private String token() {
            String t;
            if (tokenFile != null) {
                try {
                    t = java.nio.file.Files.readString(tokenFile).strip();
                } catch (IOException e) {
                    throw new UserException("--token-file " + tokenFile + ": cannot be read (" + e.getClass().getSimpleName() + ")");
                }
            } else {
                t = System.getenv("GROUNDTRUTH_TOKEN");
            }
            if (t == null || t.isBlank()) throw new UserException("--server needs an admin's API token: --token-file FILE, or GROUNDTRUTH_TOKEN (make one with: groundtruth user token NAME)");
            return t.strip();
        }

        private static List<SightingLogLine> read(Path file) {
            try {
                return SightingLog.read(file);
            } catch (org.groundtruth.warning.SightingLogRejectedException e) {
                throw new UserException(refusal(file, e.problems()));
            } catch (IOException e) {
                throw new UserException(file + ": cannot be read (" + e.getMessage() + ")");
            }
        }

        static String refusal(Path file, List<String> problems) {
            StringBuilder s = new StringBuilder(file + ": the log cannot be replayed; nothing was replayed. Problems:");
            problems.stream().limit(50).forEach(p -> s.append("\n  ").append(p));
            if (problems.size() > 50) s.append("\n  ... and ").append(problems.size() - 50).append(" more");
            return s.toString();
        }

        /** Registers the log's unknown spotters with the post codes the log gives them; returns how many. */
        static int addSpotters(SightingLedger ledger, List<SightingLogLine> lines) {
            Map<String, Set<String>> posts = new LinkedHashMap<>();
            for (SightingLogLine l : lines) {
                Set<String> p = posts.computeIfAbsent(l.fields().spotter(), k -> new LinkedHashSet<>());
                if (l.fields().post() != null && !l.fields().post().isBlank()) p.add(l.fields().post().strip());
            }
            int added = 0;
            for (var e : posts.entrySet()) {
                if (ledger.spotter(e.getKey()).isPresent()) continue;
                ledger.addSpotter(e.getKey(), e.getValue().stream().map(code -> new Post(code, null)).toList(), Secrets.digest(SpotterTokens.newToken()));
                added++;
            }
            return added;
        }

        private static void serveUntilStopped(GroundtruthServer server, PrintStream out) throws InterruptedException {
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "groundtruth-replay-shutdown"));
            out.println("Still serving " + server.baseUrl() + "/ (Ctrl-C stops)");
            out.flush();
            stopped.await();
        }
    }

    /** What a replay did, line by line and in all; names no spotter. */
    static final class Counts {
        final AtomicInteger accepted = new AtomicInteger(), refused = new AtomicInteger();
        final Map<String, Integer> changes = new LinkedHashMap<>();

        SightingReplay.Listener printingTo(PrintStream out) {
            return new SightingReplay.Listener() {
                @Override
                public void accepted(SightingLogLine line, WarningService.Receipt r) {
                    accepted.incrementAndGet();
                    List<String> said = new ArrayList<>();
                    synchronized (changes) {
                        r.events().forEach(e -> {
                            changes.merge(e.kind().code(), 1, Integer::sum);
                            said.add("alert " + e.alert().id().substring(0, 8) + " " + e.kind().code() + " (" + e.alert().level().code() + ", "
                                    + e.alert().threats().size() + " places)");
                        });
                    }
                    r.ignored().forEach(i -> said.add("ignored: " + i));
                    out.println("line " + line.line() + ": " + line.fields().event() + " " + line.fields().aircraft() + " -> " + String.join("; ", said));
                    out.flush();
                }

                @Override
                public void refused(SightingLogLine line, String why) {
                    refused.incrementAndGet();
                    out.println("line " + line.line() + ": refused: " + why);
                    out.flush();
                }
            };
        }

        String summary() {
            synchronized (changes) {
                return "replayed: " + accepted.get() + " sightings taken, " + refused.get() + " refused; alert changes: "
                        + (changes.isEmpty() ? "none" : String.join(", ", changes.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()));
            }
        }
    }
}
