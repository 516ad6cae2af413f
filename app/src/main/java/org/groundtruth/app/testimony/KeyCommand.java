package org.groundtruth.app.testimony;

import org.groundtruth.store.Store;
import org.groundtruth.testimony.TestimonyLedger;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.testimony.KeyRing;
import org.groundtruth.testimony.TestimonyKey;
import org.groundtruth.testimony.WitnessProtection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code key new} and {@code key rotate}: the testimony key file. */
@Command(name = "key", mixinStandardHelpOptions = true, description = "Create or rotate the key that seals witness identities.",
        subcommands = {KeyCommand.New.class, KeyCommand.Rotate.class})
public final class KeyCommand implements Runnable {
    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    @Command(name = "new", mixinStandardHelpOptions = true, description = "Create a key file (owner-only, 0600) with a new random 256-bit key.")
    static final class New implements Callable<Integer> {
        @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the key file; never inside the data directory.")
        Path out;

        @Override
        public Integer call() {
            TestimonyKey key = TestimonyKey.generate(new SecureRandom());
            KeyFiles.create(out, List.of(key));
            System.out.println("Wrote testimony key " + key.keyId() + " to " + out + " (owner-only). Back it up: without it, sealed identities cannot be read.");
            System.out.println("Use it with --key-file " + out + " or GROUNDTRUTH_KEY_FILE=" + out);
            return 0;
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "Put a new key first in the key file, re-seal every stored identity with it, then drop the old keys from the file.")
    static final class Rotate implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Option(names = "--key-file", paramLabel = "FILE", required = true, description = "The key file to rotate (rewritten in place, owner-only).")
        Path keyFile;

        @Override
        public Integer call() {
            KeyRing old = KeyFiles.read(keyFile);
            TestimonyKey next = TestimonyKey.generate(new SecureRandom());
            List<TestimonyKey> both = new ArrayList<>();
            both.add(next);
            both.addAll(old.keys());
            try (Store store = storeOptions.open()) {
                WitnessProtection.open(store.port(TestimonyLedger.PORT), old); // refuses a wrong key before anything changes
                // Both keys stay in the file until every identity is sealed again, so a crash midway loses nothing.
                KeyFiles.replace(keyFile, both);
                WitnessProtection protection = WitnessProtection.open(store.port(TestimonyLedger.PORT), new KeyRing(both));
                int n = protection.resealAll(TestimonyCommand.cliNote("key rotation"));
                int contacts = resealContacts(store.port(org.groundtruth.textintake.IntakeLedger.PORT), protection);
                if (!store.port(TestimonyLedger.PORT).keyIdsInUse().stream().allMatch(id -> id.equals(next.keyId()))
                        || !store.port(org.groundtruth.textintake.IntakeLedger.PORT).sealedContacts().values().stream().allMatch(s -> s.keyId().equals(next.keyId()))) {
                    throw new UserException("some identities or contacts are still sealed with an old key; the key file keeps every key");
                }
                KeyFiles.replace(keyFile, List.of(next));
                System.out.println("Re-sealed " + n + " witness identit" + (n == 1 ? "y" : "ies") + (contacts > 0 ? " and " + contacts + " submitter contact"
                        + (contacts == 1 ? "" : "s") : "") + " with key " + next.keyId() + "; " + keyFile + " now holds only it.");
            } catch (org.groundtruth.testimony.ProtectionException e) {
                throw new UserException(e.getMessage(), e);
            }
            return 0;
        }

        /** Public submitters' contacts are sealed like identities (decision 1008): sealed again under the new key too. */
        private static int resealContacts(org.groundtruth.textintake.IntakeLedger intake, WitnessProtection protection) {
            int n = 0;
            for (var e : intake.sealedContacts().entrySet()) {
                String place = org.groundtruth.textintake.IntakeLedger.contactPlace(e.getKey());
                intake.resealContact(e.getKey(), protection.seal(protection.open(e.getValue(), place), place), TestimonyCommand.cliNote("key rotation"));
                n++;
            }
            return n;
        }
    }
}
