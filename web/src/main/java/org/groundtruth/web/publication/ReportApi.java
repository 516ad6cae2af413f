package org.groundtruth.web.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.groundtruth.account.Role;
import org.groundtruth.assessment.Assessor;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.publication.EmptySelectionException;
import org.groundtruth.publication.PublicationLedger;
import org.groundtruth.publication.PublicationRefusedException;
import org.groundtruth.publication.Refusal;
import org.groundtruth.publication.ReportDocument;
import org.groundtruth.publication.ReportDraft;
import org.groundtruth.publication.ReportReview;
import org.groundtruth.publication.ReportVersion;
import org.groundtruth.publication.StoredReport;
import org.groundtruth.publish.report.ReportEditions;
import org.groundtruth.review.ReviewRules;
import org.groundtruth.store.Store;
import org.groundtruth.testimony.WitnessProtection;
import org.groundtruth.web.Access;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.IncidentFilter;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.Rule;
import org.groundtruth.web.WebFeature;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Reports as documents: investigators create and edit drafts ({@code POST/PUT /api/reports}), anyone signed in
 * previews the current draft as PDF or HTML, review moves it like an incident ({@code POST /api/reports/{id}/review}:
 * submit, send back, publish, retract, revise), and publishing freezes a version whose files are served unchanged
 * ({@code GET /api/reports/{id}/versions/N.pdf}). The public sees published reports and their versions only.
 * Rendering is heavy: at most {@value #CONCURRENT} previews or publications run at once.
 */
public final class ReportApi implements WebFeature {
    static final int CONCURRENT = 1;

    private final Store store;
    private final WitnessProtection protection;
    private final ReportEditions editions;
    private final Semaphore rendering = new Semaphore(CONCURRENT);

    public ReportApi(Store store, Assessor assessor, WitnessProtection protection, Clock clock) {
        this.store = store;
        this.protection = protection;
        this.editions = new ReportEditions(store, i -> assessor.assess(i, EnumSet.of(IncidentStatus.PUBLISHED)), protection, language -> List.of(), clock);
    }

    @Override
    public String openApiPart() {
        return "/openapi/reports.json";
    }

    @Override
    public List<String> uiModules() {
        return List.of("/static/features/reports.js", "/static/features/report-narratives.js");
    }

    @Override
    public void addTo(RouteTable routes) {
        routes.api(HandlerType.GET, "/api/reports", Rule.PUBLIC, this::list)
                .api(HandlerType.POST, "/api/reports", Rule.roles(Role.INVESTIGATOR), this::create)
                .api(HandlerType.GET, "/api/reports/{id}", Rule.PUBLIC, this::get)
                .api(HandlerType.PUT, "/api/reports/{id}", Rule.roles(Role.INVESTIGATOR), this::update)
                .api(HandlerType.GET, "/api/reports/{id}/incidents", Rule.SIGNED_IN, this::incidents)
                .api(HandlerType.GET, "/api/reports/{id}/preview/{file}", Rule.SIGNED_IN, this::preview)
                .api(HandlerType.POST, "/api/reports/{id}/review", Rule.roles(Role.INVESTIGATOR, Role.REVIEWER), this::review)
                .api(HandlerType.GET, "/api/reports/{id}/versions/{file}", Rule.PUBLIC, this::version);
    }

    private PublicationLedger ledger() {
        return store.port(PublicationLedger.PORT);
    }

    private void list(Context ctx) {
        IncidentFilter.refuseUnknown(ctx, Set.of());
        boolean signedIn = !Access.caller(ctx).anonymous();
        ArrayNode items = Json.array();
        for (StoredReport r : ledger().reports()) {
            if (!signedIn && !r.readableByThePublic()) continue;
            items.add(ReportJson.summary(r, ledger().versions(r.id()), signedIn));
        }
        Json.ok(ctx, Json.object().set("items", items));
    }

    private void create(Context ctx) {
        ObjectNode body = Json.readObject(ctx);
        if (body.has("revision")) throw ApiException.badParameter("revision", "a new report has none");
        StoredReport r = ledger().createReport(ReportJson.draft(body, null), Access.note(ctx));
        ctx.header("Location", "/api/reports/" + r.id());
        Json.answer(ctx, 201, Json.JSON, ReportJson.full(r, List.of()));
    }

    private void get(Context ctx) {
        StoredReport r = visible(ctx);
        List<ReportVersion> versions = ledger().versions(r.id());
        if (Access.caller(ctx).anonymous()) {
            Json.ok(ctx, ReportJson.summary(r, versions, false));
            return;
        }
        ObjectNode o = ReportJson.full(r, versions);
        ArrayNode moves = o.putArray("moves");
        Role role = Access.caller(ctx).role();
        for (IncidentStatus to : IncidentStatus.values()) {
            if (ReportReview.check(r.status(), to, role, "a reason").isEmpty()) moves.addObject().put("to", ReportJson.code(to));
        }
        Json.ok(ctx, o);
    }

    private void update(Context ctx) {
        StoredReport r = visible(ctx);
        ObjectNode body = Json.readObject(ctx);
        JsonNode rev = body.get("revision");
        if (rev == null || !rev.canConvertToInt()) throw ApiException.badParameter("revision", "required: the revision the edit started from (GET gives it)");
        ReportDraft draft = ReportJson.draft(body, r.draft());
        try {
            Json.ok(ctx, ReportJson.full(ledger().updateReport(r.id(), draft, rev.asInt(), Access.note(ctx)), ledger().versions(r.id())));
        } catch (IllegalStateException e) {
            throw new ApiException(409, "Conflict", e.getMessage());
        }
    }

    /**
     * The incidents the draft's selection covers today, each with the summary a report prints unless the draft gives
     * a narrative, and the narrative, and the witness statements the caller may list, each saying whether its consent
     * lets the report quote it and whether the draft quotes it (never an identity or an interviewer); narratives kept
     * for incidents the selection no longer covers are listed after them, so that an editor can see and remove them.
     * Refused (422) when the selection lists an unknown id.
     */
    private void incidents(Context ctx) {
        IncidentFilter.refuseUnknown(ctx, Set.of());
        StoredReport r = visible(ctx);
        List<org.groundtruth.incident.Incident> incidents;
        try {
            incidents = editions.incidents(r.draft().selection());
        } catch (PublicationRefusedException e) {
            throw new ApiException(422, "Refused", String.join("; ", e.refusals().stream().map(Refusal::toString).toList()));
        }
        org.groundtruth.testimony.Audience audience = Access.audience(ctx);
        Json.ok(ctx, ReportJson.narratives(r, incidents, i -> protection.forIncident(i.id(), audience)));
    }

    /** The current draft rendered, not stored: what publishing it now would freeze. */
    private void preview(Context ctx) {
        StoredReport r = visible(ctx);
        ReportVersion.Format format = format(ctx.pathParam("file"), "preview");
        byte[] bytes = rendered(() -> editions.render(editions.assemble(r.draft()), format));
        ctx.header("Content-Disposition", "inline; filename=\"report-" + r.id() + "-draft." + format.extension() + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(format.mediaType()).result(bytes);
    }

    private void review(Context ctx) {
        StoredReport r = visible(ctx);
        ObjectNode body = Json.readObject(ctx);
        for (var it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!Set.of("to", "reason").contains(f)) throw ApiException.badParameter(f, "unknown field; known are reason, to");
        }
        JsonNode toNode = body.get("to");
        String toText = toNode == null || !toNode.isTextual() ? "" : toNode.asText();
        IncidentStatus to = ReviewRules.parse(toText).orElseThrow(() -> ApiException.badParameter("to",
                "not one of draft, in_review, published, retracted"));
        JsonNode reasonNode = body.get("reason");
        if (reasonNode != null && !reasonNode.isNull() && !reasonNode.isTextual()) throw ApiException.badParameter("reason", "must be text");
        String reason = reasonNode == null || reasonNode.isNull() ? null : reasonNode.asText();
        if (reason != null && reason.length() > 4000) throw ApiException.badParameter("reason", "at most 4000 characters");
        Role role = Access.caller(ctx).role();
        Optional<String> refused = ReportReview.check(r.status(), to, role, reason);
        if (refused.isPresent()) throw new ApiException(409, "Conflict", refused.get());
        try {
            if (to == IncidentStatus.PUBLISHED) {
                ReportVersion v = rendered(() -> editions.publish(r.id(), role, Access.note(ctx).because(reason)));
                Json.ok(ctx, ReportJson.full(ledger().report(r.id()).orElseThrow(), ledger().versions(r.id())).put("published", v.version()));
            } else {
                StoredReport moved = ledger().moveReport(r.id(), to, role, reason, Access.note(ctx));
                Json.ok(ctx, ReportJson.full(moved, ledger().versions(r.id())));
            }
        } catch (IllegalStateException e) {
            throw new ApiException(409, "Conflict", e.getMessage());
        }
    }

    /** A published version's file, byte for byte as frozen, with its SHA-256 for anyone to check. */
    private void version(Context ctx) {
        StoredReport r = visible(ctx);
        String file = ctx.pathParam("file");
        int dot = file.indexOf('.');
        int n;
        try {
            n = dot < 1 ? -1 : Integer.parseInt(file.substring(0, dot));
        } catch (NumberFormatException e) {
            n = -1;
        }
        ReportVersion.Format format = ReportVersion.Format.parse(dot < 0 ? "" : file.substring(dot + 1)).orElse(null);
        int version = n;
        if (version < 1 || format == null) throw ApiException.notFound("this version file (ask for N.pdf or N.html)");
        ReportVersion v = ledger().versions(r.id()).stream().filter(x -> x.version() == version).findFirst()
                .orElseThrow(() -> ApiException.notFound("version " + version + " of report " + r.id()));
        byte[] bytes = ledger().versionFile(r.id(), version, format).orElseThrow();
        String sha = format == ReportVersion.Format.PDF ? v.pdfSha256() : v.htmlSha256();
        ctx.header("Content-Disposition", "inline; filename=\"report-" + r.id() + "-v" + version + "." + format.extension() + "\"");
        ctx.header("ETag", "\"" + sha + "\"");
        ctx.header("X-Content-SHA256", sha);
        ctx.header("X-Content-Type-Options", "nosniff");
        if (format == ReportVersion.Format.HTML) ctx.header("Content-Security-Policy", "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:");
        ctx.contentType(format.mediaType()).result(bytes);
    }

    /** The report named in the path, if this caller may see it: the public only published ones, as for an unknown id otherwise. */
    private StoredReport visible(Context ctx) {
        String text = ctx.pathParam("id");
        long id;
        try {
            id = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("this report") /* never repeats the id sent */;
        }
        return ledger().report(id).filter(r -> !Access.caller(ctx).anonymous() || r.readableByThePublic())
                .orElseThrow(() -> ApiException.notFound("this report"));
    }

    private static ReportVersion.Format format(String file, String base) {
        if (file.equals(base + ".pdf")) return ReportVersion.Format.PDF;
        if (file.equals(base + ".html")) return ReportVersion.Format.HTML;
        throw ApiException.notFound("this file (ask for " + base + ".pdf or " + base + ".html)");
    }

    /** Renders under the limit, turning refusals into 422 with every reason and an empty selection into 404. */
    private <T> T rendered(Supplier<T> work) {
        if (!rendering.tryAcquire()) throw new ApiException(503, "Busy", "another report is being rendered; try again in a moment");
        try {
            return work.get();
        } catch (PublicationRefusedException e) {
            throw new ApiException(422, "Refused", "the report was refused: " + String.join("; ", e.refusals().stream().map(Refusal::toString).toList()));
        } catch (EmptySelectionException e) {
            throw new ApiException(404, "NoMatch", e.getMessage());
        } finally {
            rendering.release();
        }
    }
}
