package org.groundtruth.app.testimony;

import org.groundtruth.store.Store;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.testimony.Audience;
import org.groundtruth.testimony.Consent;
import org.groundtruth.testimony.Statement;
import org.groundtruth.testimony.TestimonyView;
import org.groundtruth.testimony.WitnessIdentity;
import org.groundtruth.testimony.WitnessProtection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

/** {@code testimony add} and {@code testimony list}. */
@Command(name = "testimony", mixinStandardHelpOptions = true, description = "Witness statements; identities sealed with the testimony key.",
        subcommands = {TestimonyCommand.Add.class, TestimonyCommand.ListCommand.class})
public final class TestimonyCommand implements Runnable {
    static InputStream stdin = System.in;
    static PrintStream out = System.out;

    @Override
    public void run() {
        picocli.CommandLine.usage(this, System.out);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add a witness statement to an incident. The identity comes from a file or standard input (-), never from the "
                    + "command line, so that it stays out of shell history and process lists.")
    static final class Add implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Mixin KeyOptions keyOptions;

        @Option(names = "--incident", paramLabel = "ID", required = true, description = "The incident: its number or its public id.") String incidentText;
        @Option(names = "--pseudonym", paramLabel = "P", required = true, description = "How the statement names the witness everywhere.") String pseudonym;
        @Option(names = "--interviewer", paramLabel = "NAME", required = true) String interviewer;
        @Option(names = "--date", paramLabel = "YYYY-MM-DD", required = true, description = "Day of the interview.") String date;
        @Option(names = "--language", paramLabel = "TAG", description = "Language of the statement (ar, en, uk...).") String language;
        @Option(names = "--consent", paramLabel = "C", required = true, description = "internal_only, publish_anonymised or publish_with_name.") String consent;
        @Option(names = "--text-file", paramLabel = "FILE", required = true, description = "The statement's text (UTF-8); - reads standard input.") String textFile;
        @Option(names = "--identity-file", paramLabel = "FILE", required = true,
                description = "'name: ...' and 'contact: ...' lines (UTF-8); - reads standard input.") String identityFile;

        @Override
        public Integer call() {
            if ("-".equals(textFile) && "-".equals(identityFile)) throw new UserException("--text-file and --identity-file cannot both read standard input");
            LocalDate day;
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw new UserException("--date: '" + date + "' is not a day as YYYY-MM-DD");
            }
            Consent c = Consent.parse(consent).orElseThrow(() -> new UserException("--consent: '" + consent + "' is not one of " + Consent.codes()));
            Statement statement;
            try {
                statement = new Statement(pseudonym, interviewer, day, language, read(textFile, "--text-file"), c);
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
            WitnessIdentity identity = identity(read(identityFile, "--identity-file"), identityFile);
            Store store = storeOptions.open();
            try (store) {
                long incidentId = store.incidents().findByEitherId(incidentText)
                        .orElseThrow(() -> new UserException("--incident: there is no incident " + incidentText)).id();
                WitnessProtection p = keyOptions.protection(store);
                TestimonyView added = p.add(incidentId, statement, identity, cliNote(null));
                out.println("Added statement " + added.id() + " (" + added.pseudonym() + ", " + added.consent().code() + ") to incident " + incidentId
                        + "; the identity is sealed.");
            } catch (NoSuchElementException e) {
                throw new UserException("--incident: there is no incident " + incidentText);
            } catch (org.groundtruth.testimony.ProtectionException e) {
                throw new UserException(e.getMessage(), e);
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List an incident's statements by pseudonym.")
    static final class ListCommand implements Callable<Integer> {
        @Mixin StoreOptions storeOptions;
        @Mixin KeyOptions keyOptions;

        @Option(names = "--incident", paramLabel = "ID", required = true, description = "The incident: its number or its public id.") String incidentText;
        @Option(names = "--show-identity", description = "Open and show each witness's name and contact (needs the key).") boolean showIdentity;

        @Override
        public Integer call() {
            Store store = storeOptions.open();
            try (store) {
                long incidentId = store.incidents().findByEitherId(incidentText)
                        .orElseThrow(() -> new UserException("--incident: there is no incident " + incidentText)).id();
                WitnessProtection p = keyOptions.protection(store);
                List<TestimonyView> views = p.forIncident(incidentId, showIdentity ? Audience.ADMIN : Audience.REVIEWER);
                if (views.isEmpty()) out.println("Incident " + incidentId + " has no statements.");
                for (TestimonyView v : views) {
                    out.println("#" + v.id() + "  " + v.interviewedOn() + "  " + v.pseudonym() + "  [" + v.consent().code() + "]"
                            + (v.language() == null ? "" : "  " + v.language()) + "  interviewed by " + v.interviewer());
                    if (v.identity() != null) {
                        out.println("    name: " + v.identity().name());
                        if (v.identity().contact() != null) out.println("    contact: " + v.identity().contact());
                    }
                    String text = v.text().replaceAll("\\s+", " ");
                    out.println("    " + (text.length() > 160 ? text.substring(0, 157) + "..." : text));
                }
            } catch (org.groundtruth.testimony.ProtectionException e) {
                throw new UserException(e.getMessage(), e);
            }
            return 0;
        }
    }

    /** Who a command acts as in the audit log: "cli:" and the operating-system user. */
    static org.groundtruth.audit.ChangeNote cliNote(String reason) {
        return new org.groundtruth.audit.ChangeNote(org.groundtruth.app.account.CliActor.actor(), reason);
    }

    private static String read(String file, String option) {
        try {
            if (file.equals("-")) return new String(stdin.readAllBytes(), StandardCharsets.UTF_8);
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException(option + ": cannot read " + file + ": " + e.getMessage());
        }
    }

    /** 'name: ...' and optional 'contact: ...' lines; errors name the line, never its content. */
    static WitnessIdentity identity(String text, String file) {
        String name = null, contact = null;
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            String field = colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
            String value = colon < 0 ? "" : line.substring(colon + 1).strip();
            switch (field) {
                case "name" -> name = value;
                case "contact" -> contact = contact == null ? value : contact + "; " + value;
                default -> throw new UserException("--identity-file " + file + ", line " + (i + 1) + ": expected 'name: ...' or 'contact: ...'");
            }
        }
        if (name == null || name.isBlank()) throw new UserException("--identity-file " + file + ": no 'name: ...' line");
        return new WitnessIdentity(name, contact);
    }
}
