package org.groundtruth.web.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.groundtruth.account.Role;
import org.groundtruth.assessment.Assessor;
import org.groundtruth.audit.AuditLog;
import org.groundtruth.audit.AuditRecord;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.claim.Response;
import org.groundtruth.claim.SourceDocument;
import org.groundtruth.extraction.Extraction;
import org.groundtruth.extraction.Language;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.store.Store;
import org.groundtruth.testimony.WitnessProtection;
import org.groundtruth.textintake.Acceptance;
import org.groundtruth.textintake.CandidateValues;
import org.groundtruth.textintake.Corrections;
import org.groundtruth.textintake.IncidentProposals;
import org.groundtruth.textintake.IntakeLedger;
import org.groundtruth.textintake.NewText;
import org.groundtruth.textintake.PublicationTimes;
import org.groundtruth.textintake.StoredCandidate;
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
import org.groundtruth.web.api.IncidentFactsReader;
import org.groundtruth.web.api.IncidentJson;
import org.groundtruth.web.claim.MatchOnArrival;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Investigators' side of text intake: {@code POST /api/intake/texts} reads a text, an HTML page or a JSONL of posts,
 * keeps each text whole and proposes candidates, every value with its span; the queue and one text with its candidates;
 * the incidents a candidate may describe; accepting (as a new draft incident, or as a report of an existing one),
 * correcting and discarding; moderating public submissions and opening a submitter's sealed contact. Nothing extracted
 * reaches an incident but through {@code accept}, which a person calls.
 */
public final class IntakeApi implements WebFeature {
    private static final Logger LOG = LoggerFactory.getLogger(IntakeApi.class);
    /** Posts read in one request at most: larger batches are sent in parts. */
    static final int MAX_POSTS = 1_000;
    /** The request bodies the server reads (Javalin's limit), named in the refusal of a larger one. */
    static final long MAX_BODY_BYTES = 1_000_000;
    private static final Set<String> TEXT_FIELDS = Set.of("text", "format", "language", "published", "url", "author");
    private static final Set<String> ACCEPT_FIELDS = Set.of("incident", "facts", "reason", "responses");
    private static final Rule READERS = Rule.roles(Role.INVESTIGATOR, Role.REVIEWER);

    private final Store store;
    private final IntakeSetup setup;
    private final Assessor assessor;
    private final WitnessProtection protection;
    private final org.groundtruth.evidence.EvidenceService evidence;
    private final MatchOnArrival matching;

    public IntakeApi(WebContext c) {
        this.store = c.store();
        this.setup = c.settings().intake();
        this.assessor = c.assessor();
        this.protection = c.protection();
        this.evidence = c.settings().evidence();
        this.matching = new MatchOnArrival(c.store());
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
                .api(HandlerType.GET, "/api/intake/texts/{id}/contact", Rule.roles(Role.INVESTIGATOR), this::contact)
                .api(HandlerType.GET, "/api/intake/candidates/{id}/proposals", READERS, this::proposals)
                .api(HandlerType.POST, "/api/intake/candidates/{id}/accept", Rule.roles(Role.INVESTIGATOR), this::accept)
                .api(HandlerType.POST, "/api/intake/candidates/{id}/discard", Rule.roles(Role.INVESTIGATOR), this::discard)
                .api(HandlerType.GET, "/api/intake/incidents/{id}/candidates", Rule.SIGNED_IN, this::ofIncident);
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
        refuseLargeBody(ctx);
        ObjectNode body = Json.readObject(ctx);
        refuseUnknown(body, TEXT_FIELDS);
        String text = requiredText(body, "text");
        TextFormats.Format format = format(body);
        Language language = language(body);
        OffsetDateTime published = published(body);
        String url = url(body);
        String author = optionalText(body, "author", 300);
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

    static void refuseLargeBody(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            throw new ApiException(413, "ContentTooLarge", "text: the request is " + declared + " bytes, more than the " + MAX_BODY_BYTES
                    + " read at once; split the text, or send posts in parts (the command line reads files of any size)");
        }
    }

    private static TextFormats.Format format(ObjectNode body) {
        String f = optionalText(body, "format", 20);
        if (f == null) return TextFormats.Format.TEXT;
        for (TextFormats.Format x : TextFormats.Format.values()) if (x.code().equals(f.toLowerCase(java.util.Locale.ROOT))) return x;
        throw ApiException.badParameter("format", "must be text, html or jsonl");
    }

    static Language language(ObjectNode body) {
        String l = optionalText(body, "language", 20);
        if (l == null) return null;
        return Language.parse(l).orElseThrow(() -> ApiException.badParameter("language", "not a language the extractor reads (en, ar, uk)"));
    }

    private static OffsetDateTime published(ObjectNode body) {
        String p = optionalText(body, "published", 60);
        if (p == null) return null;
        try {
            return PublicationTimes.parse(p);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("published", e.getMessage());
        }
    }

    private static String url(ObjectNode body) {
        String u = optionalText(body, "url", 2000);
        if (u != null && !u.matches("(?i)https?://\\S+")) throw ApiException.badParameter("url", "not an http(s) URL");
        return u;
    }

    static void refuseUnknown(ObjectNode body, Set<String> known) {
        for (String f : (Iterable<String>) body::fieldNames) {
            if (!known.contains(f)) throw ApiException.badParameter("body", "unknown field (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
        }
    }

    static String requiredText(ObjectNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) throw ApiException.badParameter(field, "is required");
        if (!n.isTextual()) throw ApiException.badParameter(field, "must be a string");
        return n.asText();
    }

    static String optionalText(ObjectNode body, String field, int max) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw ApiException.badParameter(field, "must be a string");
        String s = n.asText().strip();
        if (s.length() > max) throw ApiException.badParameter(field, "at most " + max + " characters");
        return s.isEmpty() ? null : s;
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

    private StoredCandidate findCandidate(Context ctx) {
        long id = ApiException.pathNumber(ctx, "a candidate number");
        return ledger().candidate(id).orElseThrow(() -> ApiException.notFound("this candidate"));
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
        refuseUnknown(body, Set.of("decision", "reason"));
        String decision = requiredText(body, "decision").strip().toLowerCase(java.util.Locale.ROOT);
        boolean letThrough = switch (decision) {
            case "let_through" -> true;
            case "refuse" -> false;
            default -> throw ApiException.badParameter("decision", "must be let_through or refuse");
        };
        String reason = optionalText(body, "reason", 4000);
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

    // ---- proposals and decisions

    private void proposals(Context ctx) {
        StoredCandidate c = findCandidate(ctx);
        StoredText t = ledger().text(c.textId()).orElseThrow();
        ObjectNode o = Json.object();
        ArrayNode items = o.putArray("items");
        if (c.proposed().date() == null) {
            o.put("note", "the text gives no date for this strike, so nothing is compared; give a date, or name the incident");
        } else {
            IncidentFacts facts = IntakeJson.proposedFacts(t, c);
            for (IncidentProposals.Proposal p : IncidentProposals.find(store.incidents(), facts, t.text())) {
                ObjectNode item = items.addObject();
                item.set("incident", IncidentJson.summary(p.incident(), true));
                item.put("confidence", p.confidence());
                item.put("distanceKm", Math.round(p.distanceKm() * 100) / 100.0);
                item.put("gapHours", Math.round(p.gapSeconds() / 36.0) / 100.0);
                item.put("reason", p.reason());
            }
        }
        Json.ok(ctx, o);
    }

    private void accept(Context ctx) {
        StoredCandidate c = findCandidate(ctx);
        ObjectNode body = Json.readObject(ctx);
        refuseUnknown(body, ACCEPT_FIELDS);
        StoredText text = ledger().text(c.textId()).orElseThrow();
        String reason = optionalText(body, "reason", 4000);
        JsonNode incidentNode = body.get("incident");
        JsonNode factsNode = body.get("facts");
        Acceptance acceptance;
        Incident target = null;
        if (incidentNode != null && !incidentNode.isNull()) {
            if (!incidentNode.isTextual()) throw ApiException.badParameter("incident", "must be the incident's id as a string");
            if (factsNode != null && !factsNode.isNull()) {
                throw ApiException.badParameter("facts", "an existing incident's facts are corrected on the incident itself; leave facts out when adding to one");
            }
            target = Access.visibleIncidentNamed(ctx, store.incidents(), incidentNode.asText());
            if (target.status() == IncidentStatus.PUBLISHED && reason == null) {
                throw ApiException.badParameter("reason", "a report added to a published incident waits for a reviewer and needs a reason");
            }
            acceptance = Acceptance.toIncident(target.id(), text, c, reason);
        } else {
            IncidentFacts facts = facts(text, c, factsNode);
            try {
                acceptance = Acceptance.newIncident(text, c, Corrections.of(facts), reason);
            } catch (IllegalArgumentException e) {
                throw new ApiException(400, "InvalidParameterValue", e.getMessage());
            }
        }
        List<Integer> responses = responseIndexes(body.get("responses"), c);
        StoredCandidate accepted;
        try {
            accepted = ledger().accept(c.id(), acceptance, Access.note(ctx));
        } catch (IllegalStateException e) {
            throw new ApiException(409, "Conflict", e.getMessage());
        }
        long incidentId = accepted.decision().incidentId();
        afterAcceptance(ctx, text, accepted, incidentId, responses);
        Incident incident = store.incidents().find(incidentId).orElseThrow();
        ObjectNode o = IntakeJson.candidate(text, accepted, this::publicId);
        o.set("incident", IncidentJson.summary(incident, true));
        Json.ok(ctx, o);
    }

    /**
     * The new incident's facts: those proposed, with the person's changes laid over them as a JSON merge patch (RFC 7386)
     * in the shape {@code GET /api/incidents/{id}} writes; location and casualties merge field by field.
     */
    private static IncidentFacts facts(StoredText text, StoredCandidate c, JsonNode patch) {
        ObjectNode merged = IncidentJson.facts(IntakeJson.proposedFacts(text, c));
        if (c.proposed().date() == null) merged.remove("date");
        if (patch != null && !patch.isNull()) {
            if (!(patch instanceof ObjectNode p)) throw ApiException.badParameter("facts", "must be an object");
            for (Map.Entry<String, JsonNode> e : p.properties()) {
                JsonNode value = e.getValue();
                if ((e.getKey().equals("location") || e.getKey().equals("casualties")) && value.isObject() && merged.get(e.getKey()) instanceof ObjectNode target) {
                    value.properties().forEach(sub -> {
                        if (sub.getValue().isNull()) target.remove(sub.getKey()); else target.set(sub.getKey(), sub.getValue());
                    });
                    if (e.getKey().equals("location") && (value.has("lat") || value.has("lon")) && !value.has("placedBy")) target.remove("placedBy");
                } else if (value.isNull()) {
                    merged.remove(e.getKey());
                } else {
                    merged.set(e.getKey(), value);
                }
            }
        }
        return IncidentFactsReader.facts(merged);
    }

    private static List<Integer> responseIndexes(JsonNode node, StoredCandidate c) {
        if (node == null || node.isNull()) return List.of();
        if (!node.isArray()) throw ApiException.badParameter("responses", "must be an array of the candidate's response numbers (from 0)");
        List<Integer> out = new ArrayList<>();
        for (JsonNode n : node) {
            if (!n.isIntegralNumber() || n.asInt() < 0 || n.asInt() >= c.proposed().responses().size()) {
                throw ApiException.badParameter("responses", "each must be the number of one of the candidate's " + c.proposed().responses().size() + " responses");
            }
            if (!out.contains(n.asInt())) out.add(n.asInt());
        }
        return out;
    }

    /**
     * What follows an acceptance, each its own audited act after the acceptance itself was stored: the grade and the claim
     * matching of the incident, the replies the person chose recorded as Responses, a submission's files linked to the
     * incident. A failure here is logged and leaves the acceptance standing.
     */
    private void afterAcceptance(Context ctx, StoredText text, StoredCandidate accepted, long incidentId, List<Integer> responses) {
        ChangeNote note = Access.note(ctx);
        try {
            store.incidents().find(incidentId).ifPresent(assessor::refresh);
        } catch (RuntimeException e) {
            LOG.warn("grading incident {} after an intake acceptance failed: {}", incidentId, e.toString());
        }
        matching.run();
        for (int k : responses) {
            CandidateValues.ResponseValue r = accepted.proposed().responses().get(k);
            LocalDate day = text.publishedAt() != null ? text.publishedAt().toLocalDate() : LocalDate.ofInstant(text.receivedAt(), ZoneOffset.UTC);
            store.port(ClaimLedger.PORT).respond(new Response(0, r.party().replace('_', ' ').replace("+", " or "), r.kind(), incidentId, day,
                    r.span().of(text.text()), new SourceDocument(text.url(), r.span().of(text.text()), text.language()), Instant.now()), note);
        }
        if (evidence != null) {
            for (long item : ledger().evidenceOf(text.id())) {
                try {
                    evidence.link(item, incidentId, note.actor());
                } catch (RuntimeException e) {
                    LOG.warn("linking evidence {} to incident {} after an intake acceptance failed: {}", item, incidentId, e.toString());
                }
            }
        }
    }

    private void discard(Context ctx) {
        StoredCandidate c = findCandidate(ctx);
        ObjectNode body = Json.readObject(ctx);
        refuseUnknown(body, Set.of("reason"));
        String reason = optionalText(body, "reason", 4000);
        StoredCandidate discarded;
        try {
            discarded = ledger().discard(c.id(), reason == null ? Access.note(ctx) : Access.note(ctx).because(reason));
        } catch (IllegalStateException e) {
            throw new ApiException(409, "Conflict", e.getMessage());
        }
        Json.ok(ctx, IntakeJson.candidate(ledger().text(c.textId()).orElseThrow(), discarded, this::publicId));
    }

    /** The accepted candidates behind an incident's reports, each with its text, so that the incident page shows every span. */
    private void ofIncident(Context ctx) {
        Incident incident = Access.visibleIncident(ctx, store.incidents(), "id");
        ObjectNode o = Json.object();
        ArrayNode items = o.putArray("items");
        for (StoredCandidate c : ledger().acceptedInto(incident.id())) {
            StoredText t = ledger().text(c.textId()).orElseThrow();
            ObjectNode item = IntakeJson.candidate(t, c, this::publicId);
            item.putObject("source").put("textId", t.id()).put("text", t.text()).put("url", t.url()).put("sha256", t.sha256())
                    .put("language", t.language()).put("origin", IntakeJson.code(t.origin()))
                    .put("published", t.publishedAt() == null ? null : t.publishedAt().toString());
            items.add(item);
        }
        Json.ok(ctx, o);
    }
}
