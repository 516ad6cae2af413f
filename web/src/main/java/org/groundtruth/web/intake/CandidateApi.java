package org.groundtruth.web.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.groundtruth.account.Role;
import org.groundtruth.assessment.Assessor;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.claim.Response;
import org.groundtruth.claim.SourceDocument;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.store.Store;
import org.groundtruth.textintake.Acceptance;
import org.groundtruth.textintake.CandidateValues;
import org.groundtruth.textintake.Corrections;
import org.groundtruth.textintake.IncidentProposals;
import org.groundtruth.textintake.IntakeLedger;
import org.groundtruth.textintake.StoredCandidate;
import org.groundtruth.textintake.StoredText;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's decisions on candidates: the incidents a candidate may describe, accepting it (as a new draft incident
 * with their corrections, or as a report of an existing incident), discarding it, and, on an incident's page, the
 * candidates accepted into it with the spans behind their values. Nothing extracted reaches an incident but through
 * {@code accept}, which a person calls (decision 1006).
 */
public final class CandidateApi implements WebFeature {
    private static final Logger LOG = LoggerFactory.getLogger(CandidateApi.class);
    private static final Set<String> ACCEPT_FIELDS = Set.of("incident", "facts", "reason", "responses");

    private final Store store;
    private final Assessor assessor;
    private final org.groundtruth.evidence.EvidenceService evidence;
    private final MatchOnArrival matching;

    public CandidateApi(WebContext c) {
        this.store = c.store();
        this.assessor = c.assessor();
        this.evidence = c.settings().evidence();
        this.matching = new MatchOnArrival(c.store());
    }

    @Override
    public void addTo(RouteTable routes) {
        routes.api(HandlerType.GET, "/api/intake/candidates/{id}/proposals", Rule.roles(Role.INVESTIGATOR, Role.REVIEWER), this::proposals)
                .api(HandlerType.POST, "/api/intake/candidates/{id}/accept", Rule.roles(Role.INVESTIGATOR), this::accept)
                .api(HandlerType.POST, "/api/intake/candidates/{id}/discard", Rule.roles(Role.INVESTIGATOR), this::discard)
                .api(HandlerType.GET, "/api/intake/incidents/{id}/candidates", Rule.SIGNED_IN, this::ofIncident);
    }

    private IntakeLedger ledger() {
        return store.port(IntakeLedger.PORT);
    }

    private StoredCandidate findCandidate(Context ctx) {
        long id = ApiException.pathNumber(ctx, "a candidate number");
        return ledger().candidate(id).orElseThrow(() -> ApiException.notFound("this candidate"));
    }

    private String publicId(Long incidentId) {
        return store.incidents().publicIds(List.of(incidentId)).get(incidentId);
    }

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
                item.put("distanceKm", p.distanceKm() == null ? null : Math.round(p.distanceKm() * 100) / 100.0); // null: by names
                item.put("gapHours", Math.round(p.gapSeconds() / 36.0) / 100.0);
                item.put("reason", p.reason());
            }
        }
        Json.ok(ctx, o);
    }

    private void accept(Context ctx) {
        StoredCandidate c = findCandidate(ctx);
        ObjectNode body = Json.readObject(ctx);
        IntakeInput.refuseUnknown(body, ACCEPT_FIELDS);
        StoredText text = ledger().text(c.textId()).orElseThrow();
        String reason = IntakeInput.optionalText(body, "reason", 4000);
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
        IntakeInput.refuseUnknown(body, Set.of("reason"));
        String reason = IntakeInput.optionalText(body, "reason", 4000);
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
