package org.groundtruth.app.account;

import org.groundtruth.audit.AuditLog;
import org.groundtruth.store.Store;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.audit.AuditEntry;
import org.groundtruth.web.Json;
import org.groundtruth.web.account.AuditApi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code groundtruth audit verify|export}: the hash-chained audit log. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check or export the audit log.",
        subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class})
public final class AuditCommand implements Runnable {
    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = "Walk the hash chain; exit 1 naming the first break.")
    static final class Verify implements Callable<Integer> {
        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                long n = store.port(AuditLog.PORT).count();
                Optional<String> broken = store.port(AuditLog.PORT).verify();
                if (broken.isPresent()) {
                    System.err.println("audit log BROKEN: " + broken.get());
                    return 1;
                }
                System.out.println("audit log intact: " + n + " entr" + (n == 1 ? "y" : "ies") + " chain from the first to the last");
                return 0;
            }
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write the whole audit log as JSON lines or CSV.")
    static final class Export implements Callable<Integer> {
        @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|csv")
        String format;
        @Option(names = "--out", paramLabel = "FILE", description = "Write here (default: standard output).")
        Path out;
        @Mixin
        StoreOptions storeOptions;

        @Override
        public Integer call() throws IOException {
            if (!format.equals("jsonl") && !format.equals("csv")) throw new UserException("--format: '" + format + "' is not jsonl or csv");
            boolean csv = format.equals("csv");
            Path partial = out == null ? null : out.resolveSibling(out.getFileName() + ".part");
            try (Store store = storeOptions.open();
                 Writer w = partial == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                         : Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                if (csv) w.write("seq,at,actor,reason,action,subject,before,after,previous_hash,hash\n");
                long after = 0;
                while (true) {
                    List<AuditEntry> page = store.port(AuditLog.PORT).entries(after, 1000, null, null);
                    for (AuditEntry e : page) w.write(csv ? AuditApi.csvLine(e) : Json.MAPPER.writeValueAsString(AuditApi.entryJson(e)) + "\n");
                    if (page.size() < 1000) break;
                    after = page.getLast().seq();
                }
                w.flush();
            } catch (UncheckedIOException e) {
                throw new UserException("cannot write the export: " + e.getMessage());
            }
            if (partial != null) Files.move(partial, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return 0;
        }
    }
}
