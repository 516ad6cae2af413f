package org.groundtruth.web.testimony;

import org.groundtruth.store.Store;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.NoSuchElementException;
import org.groundtruth.account.Role;
import org.groundtruth.incident.Incident;
import org.groundtruth.testimony.Audience;
import org.groundtruth.testimony.Consent;
import org.groundtruth.testimony.ProtectionException;
import org.groundtruth.testimony.Statement;
import org.groundtruth.testimony.TestimonyPolicy;
import org.groundtruth.testimony.TestimonyView;
import org.groundtruth.testimony.WitnessIdentity;
import org.groundtruth.testimony.WitnessProtection;
import org.groundtruth.web.Access;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.WebFeature;
import org.groundtruth.web.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Statements at {@code /api/incidents/{id}/testimony} (list, add) and {@code /api/testimony/{id}} (one). Every
 * answer is shaped by the caller's {@link Audience}, taken from the signed-in user's role (the public when no one is
 * signed in): identities only for admins and investigators, text only where the role or the witness's consent
 * allows, statements kept internal left out for the public, and for the public only statements of published
 * incidents (another incident's statements answer as if they did not exist). Errors name the field
 * at fault, never its value; a sealed value that fails its integrity check is a 500 that says so, and is logged
 * by record id only.
 */
public final class TestimonyApi implements WebFeature {
    private static final Logger LOG = LoggerFactory.getLogger(TestimonyApi.class);

    private final Store store;
    private final WitnessProtection protection;

    public TestimonyApi(Store store, WitnessProtection protection) {
        this.store = store;
        this.protection = protection;
    }

    @Override
    public String openApiPart() {
        return "/openapi/testimony.json";
    }

    @Override
    public java.util.List<String> uiModules() {
        return java.util.List.of("/static/features/testimony.js");
    }

    @Override
    public void addTo(RouteTable routes) {
        routes.api(HandlerType.GET, "/api/incidents/{id}/testimony", Rule.PUBLIC, this::list)
                .api(HandlerType.POST, "/api/incidents/{id}/testimony", Rule.roles(Role.INVESTIGATOR), this::add)
                .api(HandlerType.GET, "/api/testimony/{id}", Rule.PUBLIC, this::get);
    }

    private void list(Context ctx) {
        Incident incident = Access.visibleIncident(ctx, store.incidents(), "id"); // a public id; else 404 as for no incident
        long incidentId = incident.id();
        Audience a = Access.audience(ctx);
        boolean internal = Access.internalIds(ctx);
        ObjectNode o = Json.object();
        o.put("incidentId", incident.publicId());
        o.put("audience", a.name().toLowerCase(java.util.Locale.ROOT));
        ArrayNode items = o.putArray("items");
        guarded(() -> protection.forIncident(incidentId, a)).forEach(v -> items.add(json(v, incident.publicId(), internal)));
        Json.ok(ctx, o);
    }

    /**
     * One statement by its number. Statement numbers are one sequence over all incidents, unpublished ones and
     * internal-only statements included, so they are for signed-in users only: the public reads statements through
     * their incident's list, and a number from the public answers 404 exactly as a statement that does not exist.
     */
    private void get(Context ctx) {
        long id = id(ctx, "statement");
        Audience a = Access.audience(ctx);
        if (!Access.internalIds(ctx)) throw ApiException.notFound("statement " + id);
        TestimonyView v = guarded(() -> protection.find(id, a)).orElseThrow(() -> ApiException.notFound("statement " + id));
        Incident incident = store.incidents().find(v.incidentId()).filter(i -> Access.canSee(ctx, i.status()))
                .orElseThrow(() -> ApiException.notFound("statement " + id));
        Json.ok(ctx, json(v, incident.publicId(), true));
    }

    private void add(Context ctx) {
        Incident incident = Access.visibleIncident(ctx, store.incidents(), "id");
        long incidentId = incident.id();
        Audience a = Access.audience(ctx);
        if (!TestimonyPolicy.mayAdd(a)) throw new ApiException(403, "Forbidden", "only admins and investigators add witness statements");
        if (!protection.hasKey()) {
            throw new ApiException(409, "NoTestimonyKey", "the server was started without a testimony key, so it cannot seal identities; "
                    + "start it with --key-file FILE (create one with: groundtruth key new --out FILE)");
        }
        ObjectNode body = Json.readObject(ctx);
        Statement s;
        LocalDate day;
        String dayText = text(body, "interviewedOn");
        try {
            day = dayText == null ? null : LocalDate.parse(dayText);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter("interviewedOn", "not a day as YYYY-MM-DD");
        }
        String consentText = text(body, "consent");
        Consent consent = consentText == null ? null : Consent.parse(consentText)
                .orElseThrow(() -> ApiException.badParameter("consent", "must be one of " + Consent.codes()));
        try {
            s = new Statement(text(body, "pseudonym"), text(body, "interviewer"), day, text(body, "language"), text(body, "text"), consent);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(e.getMessage().replaceFirst(":.*", ""), e.getMessage().replaceFirst("^[^:]*: ", ""));
        }
        JsonNode idNode = body.get("identity");
        if (idNode == null || !idNode.isObject()) throw ApiException.badParameter("identity", "an object with name (required) and contact is required");
        WitnessIdentity identity;
        try {
            identity = new WitnessIdentity(text(idNode, "name"), text(idNode, "contact"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("identity", e.getMessage().replaceFirst("^identity: ", ""));
        }
        TestimonyView added;
        try {
            added = protection.add(incidentId, s, identity, Access.note(ctx));
        } catch (NoSuchElementException e) {
            throw ApiException.notFound("incident " + incident.publicId());
        }
        LOG.info("statement {} added to incident {}", added.id(), incidentId);
        ctx.header("Location", "/api/testimony/" + added.id());
        Json.answer(ctx, 201, Json.JSON, json(guarded(() -> protection.find(added.id(), a)).orElseThrow(), incident.publicId(), true));
    }

    /** A statement of the incident whose public id is given; its number only for {@code internal} (signed-in) callers. */
    static ObjectNode json(TestimonyView v, String incidentPublicId, boolean internal) {
        ObjectNode o = Json.object();
        if (internal) o.put("id", v.id());
        o.put("incidentId", incidentPublicId);
        o.put("pseudonym", v.pseudonym());
        if (v.interviewer() != null) o.put("interviewer", v.interviewer());
        o.put("interviewedOn", v.interviewedOn().toString());
        o.put("language", v.language());
        o.put("consent", v.consent().code());
        o.put("text", v.text());
        o.put("textWithheld", v.textWithheld());
        if (v.identity() != null) {
            ObjectNode id = o.putObject("identity");
            id.put("name", v.identity().name());
            id.put("contact", v.identity().contact());
        }
        o.put("createdAt", v.createdAt().toString());
        return o;
    }

    private static <T> T guarded(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ProtectionException e) {
            LOG.error("witness protection refused: {}", e.getMessage());
            throw new ApiException(500, "ProtectedDataRefused", e.getMessage());
        }
    }

    private static String text(JsonNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw ApiException.badParameter(field, "must be a string");
        return n.asText();
    }

    private static long id(Context ctx, String what) {
        String idText = ctx.pathParam("id");
        try {
            return Long.parseLong(idText);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("id", "not a " + what + " number");
        }
    }
}
