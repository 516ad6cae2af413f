package org.groundtruth.app.claims;

import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.store.Store;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.app.account.CliActor;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.claim.Response;
import org.groundtruth.claim.ResponseKind;
import org.groundtruth.claim.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

@Command(name = "respond", mixinStandardHelpOptions = true,
        description = "Record a party's response to an allegation about an incident (denial, admission, fake, investigation, other).")
public final class RespondCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INCIDENT_ID", description = "The incident the allegation is about: its number or its public id.")
    String incidentText;

    @Option(names = "--party", required = true, paramLabel = "P", description = "Who responded.")
    String party;

    @Option(names = "--kind", required = true, paramLabel = "K", description = "denial, admission, fake, investigation or other.")
    String kind;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Day of the response (default: today, UTC).")
    String date;

    @Option(names = "--text", paramLabel = "T", description = "What the party said.")
    String text;

    @Option(names = "--url", paramLabel = "U", description = "Where the response was published.")
    String url;

    @Option(names = "--language", paramLabel = "L", description = "Language tag of the text (ar, ru, en, ...).")
    String language;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        ResponseKind k = parseKind(kind);
        LocalDate day;
        try {
            day = date == null ? LocalDate.now(java.time.ZoneOffset.UTC) : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new UserException("--date '" + date + "' is not a date like 2015-12-23");
        }
        try (Store store = storeOptions.open()) {
            long incidentId = org.groundtruth.app.IncidentArg.resolve(store, incidentText).id();
            Response r;
            try {
                r = store.port(ClaimLedger.PORT).respond(new Response(0, party, k, incidentId, day, text,
                        new SourceDocument(url, url == null && text == null ? null : text, language), Instant.now()),
                        new ChangeNote(CliActor.actor(), null));
            } catch (NoSuchElementException e) {
                throw new UserException("no incident " + incidentId + " in this store");
            } catch (IllegalArgumentException e) {
                throw new UserException(e.getMessage().contains("source document")
                        ? "give --url or --text: a response needs where it was published or what was said" : e.getMessage());
            }
            System.out.println("response " + r.id() + " recorded: " + r.party() + " " + r.kind().label() + " (incident " + incidentId + ")");
            return 0;
        }
    }

    /** The words users type: denial, admission, fake, investigation, other (and the enum names). */
    public static ResponseKind parseKind(String text) {
        String k = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (k) {
            case "denial", "deny", "denied" -> ResponseKind.DENIAL;
            case "admission", "admit", "admitted" -> ResponseKind.ADMISSION;
            case "fake", "called_fake" -> ResponseKind.CALLED_FAKE;
            case "investigation", "investigation_opened", "investigating" -> ResponseKind.INVESTIGATION_OPENED;
            case "other" -> ResponseKind.OTHER;
            default -> throw new IllegalArgumentException("--kind '" + text + "' is not one of denial, admission, fake, investigation, other");
        };
    }
}
