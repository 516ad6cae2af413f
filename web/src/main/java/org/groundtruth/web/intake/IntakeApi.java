package org.groundtruth.web.intake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.groundtruth.account.Role;
import org.groundtruth.audit.AuditLog;
import org.groundtruth.audit.AuditRecord;
import org.groundtruth.extraction.Extraction;
import org.groundtruth.extraction.Language;
import org.groundtruth.store.Store;
import org.groundtruth.testimony.WitnessProtection;
import org.groundtruth.textintake.CandidateValues;
import org.groundtruth.textintake.IntakeLedger;
import org.groundtruth.textintake.NewText;
import org.groundtruth.textintake.PublicationTimes;
import org.groundtruth.textintake.StoredText;
import org.groundtruth.textintake.TextFormats;
import org.groundtruth.textintake.TextOrigin;
import org.groundtruth.textintake.TextStatus;
import org.groundtruth.web.Access;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.Rule;
import org.groundtruth.web.WebContext;
import org.groundtruth.web.WebFeature;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Investigators' side of text intake: {@code POST /api/intake/texts} reads a text, an HTML page or a JSONL of posts,
 * keeps each text whole and proposes candidates, every value with its span; the queue and one text with its candidates;
 * moderating public submissions and opening a submitter's sealed contact. Decisions on candidates are
 * {@link CandidateApi}'s.
 */
public final class IntakeApi implements WebFeature {
    /** Posts read in one request at most: larger batches are sent in parts. */
    static final int MAX_POSTS = 1_000;
    private static final Set<String> TEXT_FIELDS = Set.of("text", "format", "language", "published", "url", "author");
    private static final Rule READERS = Rule.roles(Role.INVESTIGATOR, Role.REVIEWER);

    private final Store store;
    private final IntakeSetup setup;
    private final WitnessProtection protection;

    public IntakeApi(WebContext c) {
        this.store = c.store();
        this.setup = c.settings().intake();
        this.protection = c.protection();
    }

    @Override
    public String openApiPart() {
        return "/openapi/intake.json";
    }

    @Override
    public List<String> uiModules() {
        return List.of("/static/features/intake.js");
    }

    @Override
    public void addTo(RouteTable routes) {
        routes.api(HandlerType.POST, "/api/intake/texts", Rule.roles(Role.INVESTIGATOR), this::read)
                .api(HandlerType.GET, "/api/intake/texts", READERS, this::list)
                .api(HandlerType.GET, "/api/intake/texts/{id}", READERS, this::text)
                .api(HandlerType.POST, "/api/intake/texts/{id}/moderation", READERS, this::moderate)
                .api(HandlerType.GET, "/api/intake/texts/{id}/contact", Rule.roles(Role.INVESTIGATOR), this::contact);
    }

    private IntakeLedger ledger() {
        return store.port(IntakeLedger.PORT);
    }

    private IntakeSetup setup() {
        if (setup == null) throw new ApiException(503, "IntakeUnavailable", "text intake is not set up on this server (no extractor was given)");
        return setup;
    }

    // ---- reading texts

    private void read(Context ctx) {
        IntakeSetup s = setup();
        IntakeInput.refuseLargeBody(ctx);
        ObjectNode body = Json.readObject(ctx);
        IntakeInput.refuseUnknown(body, TEXT_FIELDS);
        String text = IntakeInput.requiredText(body, "text");
        TextFormats.Format format = format(body);
        Language language = IntakeInput.language(body);
        OffsetDateTime published = published(body);
        String url = url(body);
        String author = IntakeInput.optionalText(body, "author", 300);
        List<TextFormats.Read> reads;
        try {
            reads = s.formats().read(format, text, language, published, url, author);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "UnreadableText", e.getMessage() + "; nothing was stored"); // names the line, never the text
        }
        if (reads.size() > MAX_POSTS) {
            throw ApiException.badParameter("text", reads.size() + " posts; send at most " + MAX_POSTS + " in one request (the command line reads any number)");
        }
        // every text is read before anything is stored: a bad post stores nothing, and all are stored in one transaction
        List<NewText> texts = new ArrayList<>();
        for (TextFormats.Read r : reads) {
            Extraction e = s.extractor().extract(r.source());
            texts.add(new NewText(r.source(), format.code(), r.page(), TextOrigin.PASTED, e.candidates().stream().map(CandidateValues::of).toList(),
                    e.notes()));
        }
        List<StoredText> stored = ledger().add(texts, Access.note(ctx));
        ObjectNode o = Json.object();
        ArrayNode items = o.putArray("texts");
        for (StoredText t : stored) items.add(IntakeJson.text(t, ledger().candidates(t.id()), List.of(), this::publicId));
        if (stored.size() == 1) ctx.header("Location", "/api/intake/texts/" + stored.get(0).id());
        Json.answer(ctx, 201, Json.JSON, o);
    }

    private static TextFormats.Format format(ObjectNode body) {
        String f = IntakeInput.optionalText(body, "format", 20);
        if (f == null) return TextFormats.Format.TEXT;
        for (TextFormats.Format x : TextFormats.Format.values()) if (x.code().equals(f.toLowerCase(java.util.Locale.ROOT))) return x;
        throw ApiException.badParameter("format", "must be text, html or jsonl");
    }

    private static OffsetDateTime published(ObjectNode body) {
        String p = IntakeInput.optionalText(body, "published", 60);
        if (p == null) return null;
        try {
            return PublicationTimes.parse(p);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("published", e.getMessage());
        }
    }

    private static String url(ObjectNode body) {
        String u = IntakeInput.optionalText(body, "url", 2000);
        if (u != null && !u.matches("(?i)https?://\\S+")) throw ApiException.badParameter("url", "not an http(s) URL");
        return u;
    }

    // ---- the queue and one text

    private void list(Context ctx) {
        Set<TextStatus> statuses = EnumSet.noneOf(TextStatus.class);
        String st = ctx.queryParam("status");
        if (st != null && !st.isBlank()) {
            for (String one : st.split(",")) {
                statuses.add(TextStatus.parse(one).orElseThrow(() -> ApiException.badParameter("status",
                        "not one of awaiting_moderation, open, closed, discarded")));
            }
        }
        TextOrigin origin = null;
        String or = ctx.queryParam("origin");
        if (or != null && !or.isBlank()) {
            origin = switch (or.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "pasted" -> TextOrigin.PASTED;
                case "submitted" -> TextOrigin.SUBMITTED;
                default -> throw ApiException.badParameter("origin", "must be pasted or submitted");
            };
        }
        int limit = intParam(ctx, "limit", 50, 1, 200);
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        ObjectNode o = Json.object();
        o.put("numberMatched", ledger().count(statuses, origin));
        ArrayNode items = o.putArray("items");
        ledger().texts(statuses, origin, limit, offset).forEach(t -> items.add(IntakeJson.summary(t)));
        Json.ok(ctx, o);
    }

    private static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) throw ApiException.badParameter(name, "must be between " + min + " and " + max);
            return n;
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "not a whole number");
        }
    }

    private StoredText findText(Context ctx) {
        long id = ApiException.pathNumber(ctx, "a text number");
        return ledger().text(id).orElseThrow(() -> ApiException.notFound("this text"));
    }

    private String publicId(Long incidentId) {
        return store.incidents().publicIds(List.of(incidentId)).get(incidentId);
    }

    private void text(Context ctx) {
        StoredText t = findText(ctx);
        Json.ok(ctx, IntakeJson.text(t, ledger().candidates(t.id()), ledger().evidenceOf(t.id()), this::publicId));
    }

    private void moderate(Context ctx) {
        StoredText t = findText(ctx);
        ObjectNode body = Json.readObject(ctx);
        IntakeInput.refuseUnknown(body, Set.of("decision", "reason"));
        String decision = IntakeInput.requiredText(body, "decision").strip().toLowerCase(java.util.Locale.ROOT);
        boolean letThrough = switch (decision) {
            case "let_through" -> true;
            case "refuse" -> false;
            default -> throw ApiException.badParameter("decision", "must be let_through or refuse");
        };
        String reason = IntakeInput.optionalText(body, "reason", 4000);
        if (!letThrough && reason == null) throw ApiException.badParameter("reason", "say why the submission is refused");
        StoredText after;
        try {
            after = ledger().moderate(t.id(), letThrough, reason == null ? Access.note(ctx) : Access.note(ctx).because(reason));
        } catch (IllegalStateException e) {
            throw new ApiException(409, "Conflict", e.getMessage());
        }
        Json.ok(ctx, IntakeJson.text(after, ledger().candidates(t.id()), ledger().evidenceOf(t.id()), this::publicId));
    }

    /** A submitter's contact, opened for investigators and admins only; every opening is in the audit log. */
    private void contact(Context ctx) {
        StoredText t = findText(ctx);
        var sealed = ledger().contact(t.id()).orElseThrow(() -> ApiException.notFound("a contact for this text"));
        if (!protection.hasKey()) throw new ApiException(503, "KeyMissing", "the contact is sealed and the server was started without the testimony key");
        String contact;
        try {
            contact = protection.open(sealed, IntakeLedger.contactPlace(t.id()));
        } catch (org.groundtruth.testimony.ProtectionException e) {
            throw new ApiException(503, "WrongKey", "the contact is sealed with a key the server was not given; start it with the key that sealed it");
        }
        store.port(AuditLog.PORT).append(new AuditRecord(Access.note(ctx), "intake.open-contact", "intake-text:" + t.id(), null, null));
        Json.ok(ctx, Json.object().put("contact", contact));
    }
}
