package org.groundtruth.app.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.place.Coordinates;
import org.groundtruth.store.Store;
import org.groundtruth.warning.Post;
import org.groundtruth.warning.SightingLedger;
import org.groundtruth.warning.Spotter;
import org.groundtruth.web.account.Secrets;
import org.groundtruth.web.warning.SpotterTokens;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code groundtruth spotter ...}: register spotters (their token is printed once), revoke them, list them. */
@Command(name = "spotter", mixinStandardHelpOptions = true,
        description = "Manage early-warning spotters: add one (prints their secret token once), revoke one, list them.",
        subcommands = {SpotterCommand.Add.class, SpotterCommand.Revoke.class, SpotterCommand.ListSpotters.class})
public final class SpotterCommand implements Runnable {
    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Register a spotter under a pseudonym (never a real name).")
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "PSEUDONYM", description = "1 to 80 characters; never a real name.")
        String pseudonym;
        @Option(names = "--post", paramLabel = "CODE[@LAT,LON]", description = "An observation post, optionally with its location; repeat for several.")
        List<String> posts = new ArrayList<>();
        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            List<Post> parsed = new ArrayList<>();
            for (String p : posts) parsed.add(post(p));
            String token = SpotterTokens.newToken();
            try (Store store = storeOptions.open()) {
                Spotter s;
                try {
                    s = store.port(SightingLedger.PORT).addSpotter(pseudonym, parsed, Secrets.digest(token));
                } catch (IllegalArgumentException e) {
                    throw new UserException("PSEUDONYM: " + e.getMessage());
                }
                System.out.println("added spotter " + s.pseudonym() + " with " + s.posts().size() + " post(s)");
                System.out.println("token (shown once; give it to the spotter, it is stored only as a digest):");
                System.out.println(token);
            }
            return 0;
        }

        static Post post(String text) {
            int at = text.indexOf('@');
            if (at < 0) return new Post(text, null);
            String[] ll = text.substring(at + 1).split(",");
            try {
                if (ll.length != 2) throw new IllegalArgumentException("give LAT,LON");
                return new Post(text.substring(0, at), new Coordinates(Double.parseDouble(ll[0].strip()), Double.parseDouble(ll[1].strip())));
            } catch (IllegalArgumentException e) {
                throw new UserException("--post: the location after '@' is not LAT,LON (" + e.getMessage() + ")");
            }
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Refuse a spotter's sightings from now on (past ones stay).")
    static final class Revoke implements Callable<Integer> {
        @Parameters(paramLabel = "PSEUDONYM")
        String pseudonym;
        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                try {
                    store.port(SightingLedger.PORT).revokeSpotter(pseudonym, java.time.Instant.now());
                } catch (IllegalArgumentException e) {
                    throw new UserException("no spotter with that pseudonym (see `groundtruth spotter list`)");
                }
                System.out.println("revoked; sightings with that spotter's token are refused from now on");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List spotters: pseudonym, posts, revoked or not (never tokens).")
    static final class ListSpotters implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                List<Spotter> all = store.port(SightingLedger.PORT).spotters();
                if (all.isEmpty()) System.out.println("no spotters (add one with `groundtruth spotter add PSEUDONYM --post CODE`)");
                for (Spotter s : all) {
                    System.out.println(s.pseudonym() + "\tposts: " + String.join(", ", s.posts().stream().map(Post::code).toList())
                            + (s.revoked() ? "\trevoked " + s.revokedAt() : ""));
                }
            }
            return 0;
        }
    }
}
