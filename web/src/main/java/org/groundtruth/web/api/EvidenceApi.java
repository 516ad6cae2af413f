package org.groundtruth.web.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.groundtruth.evidence.Acquisition;
import org.groundtruth.evidence.BlobReader;
import org.groundtruth.evidence.BlobWriter;
import org.groundtruth.evidence.CustodyEntry;
import org.groundtruth.evidence.EvidenceItem;
import org.groundtruth.evidence.EvidenceService;
import org.groundtruth.evidence.FileHead;
import org.groundtruth.evidence.NearDuplicate;
import org.groundtruth.evidence.StoredBlob;
import org.groundtruth.evidence.TypeMismatchException;
import org.groundtruth.evidence.VerificationStep;
import org.groundtruth.account.Role;
import org.groundtruth.web.Access;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.Rule;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.WebFeature;
import org.groundtruth.web.WebSettings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Evidence over HTTP: upload (the body streamed into the blob store as it arrives, hashed on the way, never held in
 * memory whole; its own size limit, 413 above it), list, metadata, download (an ACCESSED custody entry each time),
 * the custody log, verification steps and links to incidents.
 *
 * <p>Who may: the public nothing; any signed-in role reads metadata and custody logs; investigators and reviewers
 * download files and bundles and record verification steps; investigators upload and link. Every custody entry
 * names the signed-in user.
 *
 * <p>An upload carries the file's name in the {@code X-Evidence-Name} header (percent-encoded UTF-8). Requiring a
 * custom header also means a page on another site cannot make a browser upload here: such a request needs a CORS
 * preflight, which this server never grants.
 */
public final class EvidenceApi implements WebFeature {
    public static final String NAME_HEADER = "X-Evidence-Name";
    static final int BUFFER_BYTES = 1 << 20;
    /** Types a browser may show inline from a download; anything else (HTML, SVG, scripts) goes out as octet-stream. */
    private static final Set<String> SAFE_TYPES = Set.of("image/jpeg", "image/png", "image/gif", "image/webp", "image/tiff", "image/bmp",
            "video/mp4", "video/quicktime", "video/webm", "video/3gpp", "audio/mpeg", "audio/mp4", "audio/ogg", "audio/wav", "audio/vnd.wave",
            "application/pdf");

    private final WebSettings settings;

    public EvidenceApi(WebSettings settings) {
        this.settings = settings;
    }

    @Override
    public String openApiPart() {
        return "/openapi/evidence.json";
    }

    @Override
    public java.util.List<String> uiModules() {
        return java.util.List.of("/static/features/evidence.js");
    }

    @Override
    public void addTo(RouteTable routes) {
        Rule investigators = Rule.roles(Role.INVESTIGATOR);
        Rule checkers = Rule.roles(Role.INVESTIGATOR, Role.REVIEWER);
        routes.api(HandlerType.POST, "/api/evidence", investigators, this::upload)
                .api(HandlerType.GET, "/api/evidence", Rule.SIGNED_IN, this::list)
                .api(HandlerType.GET, "/api/evidence/{id}", Rule.SIGNED_IN, this::get)
                .api(HandlerType.GET, "/api/evidence/{id}/file", checkers, this::download)
                .api(HandlerType.GET, "/api/evidence/{id}/custody", Rule.SIGNED_IN, this::custody)
                .api(HandlerType.POST, "/api/evidence/{id}/verifications", checkers, this::verify)
                .api(HandlerType.POST, "/api/evidence/{id}/links", investigators, this::link)
                .api(HandlerType.GET, "/api/incidents/{id}/evidence-bundle", checkers, this::bundle);
    }

    private EvidenceService evidence() {
        EvidenceService e = settings.evidence();
        if (e == null) throw new ApiException(503, "EvidenceUnavailable", "this server was started without an evidence store");
        return e;
    }

    /** Who is acting: the signed-in user (every evidence route needs one), as the custody log records them. */
    static String actor(Context ctx) {
        Access.Caller caller = Access.caller(ctx);
        if (caller.anonymous()) throw new ApiException(401, "Unauthorized", ctx.method() + " " + ctx.path() + " needs you to sign in");
        return caller.user().name();
    }

    /** The internal id of the incident a query parameter names by public id or internal number; null if not given. */
    private static Long optionalIncident(EvidenceService evidence, Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return null;
        return evidence.incidentNamed(v.strip());
    }

    private void upload(Context ctx) {
        EvidenceService evidence = evidence();
        long limit = settings.uploadMaxBytes();
        String rawName = ctx.header(NAME_HEADER);
        if (rawName == null || rawName.isBlank()) {
            throw new ApiException(400, "MissingFileName", NAME_HEADER + ": send the file's name (percent-encoded) in this header");
        }
        String name;
        try {
            name = URLDecoder.decode(rawName, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(NAME_HEADER, "not percent-encoded UTF-8");
        }
        Long incidentId = optionalIncident(evidence, ctx, "incident");
        Acquisition acquisition;
        try {
            acquisition = new Acquisition(actor(ctx), ctx.queryParam("sourceUrl"), ctx.queryParam("device"), ctx.queryParam("from"), null,
                    ctx.queryParam("note"));
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "InvalidParameterValue", e.getMessage() + "; nothing was stored"); // names the field, never the value
        }
        boolean acceptTypeMismatch = flag(ctx, "acceptTypeMismatch");
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) throw tooLarge(declared, limit);
        if (incidentId != null) evidence.requireIncident(incidentId);
        try {
            evidence.requireWitnessPseudonym(acquisition);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("from", e.getMessage());
        }

        StoredBlob blob;
        try (InputStream in = ctx.req().getInputStream(); BlobWriter w = evidence.blobs().writer()) {
            byte[] buffer = new byte[BUFFER_BYTES];
            FileHead head = new FileHead();
            for (int n; (n = in.readNBytes(buffer, 0, buffer.length)) > 0; ) {
                if (w.bytesWritten() + n > limit) throw tooLarge(w.bytesWritten() + n, limit); // closing the writer discards the file
                w.write(buffer, 0, n);
                head.see(buffer, 0, n);
            }
            if (declared >= 0 && w.bytesWritten() != declared) {
                throw new ApiException(400, "IncompleteUpload", "received " + w.bytesWritten() + " of the " + declared + " bytes announced; nothing was stored");
            }
            if (!acceptTypeMismatch) {
                try {
                    evidence.requireHonestType(name, head.bytes());
                } catch (TypeMismatchException e) {
                    throw new ApiException(415, "TypeMismatch", e.getMessage() + "; nothing was stored. If the name was changed on purpose,"
                            + " send the file again with acceptTypeMismatch=true: it is then kept, typed by its content, and flagged");
                }
            }
            blob = w.commit();
        } catch (IOException e) {
            throw new ApiException(400, "IncompleteUpload", "the upload broke off (" + e.getMessage() + "); nothing was stored");
        }
        EvidenceService.Added added = evidence.add(blob, name, acquisition, incidentId);
        ObjectNode o = itemJson(added.item(), evidence.ledger().incidentsOf(added.item().id()), added.nearDuplicates());
        o.put("alreadyHeld", added.alreadyHeld());
        ctx.header("Location", "/api/evidence/" + added.item().id());
        Json.answer(ctx, added.alreadyHeld() ? 200 : 201, Json.JSON, o);
    }

    /** A true/false query parameter, false when absent. */
    private static boolean flag(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.equals("false")) return false;
        if (v.equals("true")) return true;
        throw ApiException.badParameter(name, "'" + v + "' is neither true nor false");
    }

    private static ApiException tooLarge(long bytes, long limit) {
        return new ApiException(413, "PayloadTooLarge", "the file is " + (bytes > limit ? "larger than" : "") + " the upload limit of " + limit
                + " bytes (" + human(limit) + "); nothing was stored");
    }

    static String human(long bytes) {
        if (bytes >= 1L << 30) return String.format(Locale.ROOT, "%.1f GiB", bytes / (double) (1L << 30));
        if (bytes >= 1L << 20) return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
        return bytes + " bytes";
    }

    private void list(Context ctx) {
        EvidenceService evidence = evidence();
        for (String p : ctx.queryParamMap().keySet()) {
            if (!p.equals("incident")) throw ApiException.badParameter(p, "unknown parameter; the evidence list takes only 'incident'");
        }
        Long incidentId = optionalIncident(evidence, ctx, "incident");
        List<EvidenceItem> items = incidentId == null ? evidence.ledger().list() : evidence.ledger().forIncident(incidentId);
        Map<Long, List<NearDuplicate>> dups = evidence.nearDuplicates(items);
        ObjectNode o = Json.object();
        o.put("numberReturned", items.size());
        o.put("uploadMaxBytes", settings.uploadMaxBytes());
        ArrayNode arr = o.putArray("items");
        for (EvidenceItem i : items) arr.add(itemJson(i, evidence.ledger().incidentsOf(i.id()), dups.get(i.id())));
        Json.ok(ctx, o);
    }

    private void get(Context ctx) {
        EvidenceService evidence = evidence();
        EvidenceItem i = evidence.item(ApiException.pathNumber(ctx, "an evidence id"));
        ObjectNode o = itemJson(i, evidence.ledger().incidentsOf(i.id()), evidence.nearDuplicates(i));
        ObjectNode fields = o.with("capture").putObject("fields");
        i.capture().fields().forEach(fields::put);
        Json.ok(ctx, o);
    }

    private void download(Context ctx) {
        EvidenceService evidence = evidence();
        EvidenceItem i = evidence.item(ApiException.pathNumber(ctx, "an evidence id"));
        boolean head = RouteTable.isHead(ctx); // headers only: nothing is read, so no ACCESSED entry
        if (!head) evidence.accessed(i.id(), actor(ctx), "download over the API");
        String type = SAFE_TYPES.contains(i.mediaType()) ? i.mediaType() : "application/octet-stream";
        ctx.status(200);
        ctx.contentType(type);
        ctx.header("Content-Length", Long.toString(i.sizeBytes()));
        ctx.header("Content-Disposition", "attachment; filename=\"" + asciiName(i.originalName()) + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(i.originalName(), StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
        ctx.header("ETag", "\"" + i.sha256() + "\"");
        ctx.header("Digest", "sha-256=" + java.util.Base64.getEncoder().encodeToString(java.util.HexFormat.of().parseHex(i.sha256().hex())));
        if (head) return;
        try (BlobReader in = evidence.blobs().reader(i.sha256()); OutputStream out = ctx.res().getOutputStream()) {
            byte[] buffer = new byte[BUFFER_BYTES];
            for (int n; (n = in.read(buffer, 0, buffer.length)) >= 0; ) out.write(buffer, 0, n);
        } catch (IOException e) {
            throw new UncheckedIOException("download of evidence " + i.id() + " broke off", e);
        }
    }

    private static String asciiName(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._ -]", "_");
        return s.isBlank() ? "evidence" : s;
    }

    private void custody(Context ctx) {
        EvidenceService evidence = evidence();
        EvidenceItem i = evidence.item(ApiException.pathNumber(ctx, "an evidence id"));
        ObjectNode o = Json.object();
        o.put("evidenceId", i.id());
        o.put("sha256", i.sha256().hex());
        ArrayNode arr = o.putArray("entries");
        for (CustodyEntry e : evidence.ledger().custody(i.id())) arr.add(entryJson(e));
        Json.ok(ctx, o);
    }

    private void verify(Context ctx) {
        EvidenceService evidence = evidence();
        long id = ApiException.pathNumber(ctx, "an evidence id");
        ObjectNode body = Json.readObject(ctx);
        VerificationStep.Kind kind;
        try {
            kind = VerificationStep.Kind.valueOf(body.path("kind").asText("").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("kind", "must be geolocated, chronolocated, authenticated or other");
        }
        VerificationStep step;
        try {
            step = new VerificationStep(kind, text(body, "method"), text(body, "result"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("body", e.getMessage());
        }
        CustodyEntry entry = evidence.verified(id, actor(ctx), step);
        Json.answer(ctx, 201, Json.JSON, entryJson(entry));
    }

    private void link(Context ctx) {
        EvidenceService evidence = evidence();
        long id = ApiException.pathNumber(ctx, "an evidence id");
        ObjectNode body = Json.readObject(ctx);
        com.fasterxml.jackson.databind.JsonNode given = body.path("incidentId");
        if (!given.canConvertToLong() && !given.isTextual()) throw ApiException.badParameter("incidentId", "an incident id (public id or number) is required");
        evidence.item(id);
        long incidentId = evidence.incidentNamed(given.asText());
        boolean linked = evidence.link(id, incidentId, actor(ctx));
        ObjectNode o = Json.object();
        o.put("evidenceId", id);
        o.put("incidentId", incidentId);
        o.put("linked", linked);
        Json.answer(ctx, linked ? 201 : 200, Json.JSON, o);
    }

    /** Streams the incident's evidence bundle (zip); each file's chain gets an EXPORTED entry first. */
    private void bundle(Context ctx) {
        evidence();
        org.groundtruth.evidence.BundleWriter bundles = settings.evidenceBundles();
        if (bundles == null) throw new ApiException(503, "EvidenceUnavailable", "this server was started without evidence bundles");
        long incidentId = evidence().incidentNamed(ctx.pathParam("id"));
        bundles.check(incidentId);
        String name = "incident-" + evidence().publicIdOf(incidentId) + "-evidence-" + java.time.LocalDate.now(java.time.ZoneOffset.UTC) + ".zip";
        ctx.status(200);
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.header("X-Content-Type-Options", "nosniff");
        if (RouteTable.isHead(ctx)) return; // headers only: no bundle is made, so no EXPORTED entries
        try (OutputStream out = ctx.res().getOutputStream()) {
            bundles.write(incidentId, actor(ctx), name, (b, off, len) -> {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw new UncheckedIOException("the bundle download broke off", e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("the bundle download broke off", e);
        }
    }

    private static String text(ObjectNode body, String field) {
        return body.hasNonNull(field) ? body.get(field).asText() : null;
    }

    static ObjectNode itemJson(EvidenceItem i, List<Long> incidents, List<NearDuplicate> nearDuplicates) {
        ObjectNode o = Json.object();
        o.put("id", i.id());
        o.put("sha256", i.sha256().hex());
        o.put("sizeBytes", i.sizeBytes());
        o.put("mediaType", i.mediaType());
        o.put("nameMediaType", i.nameMediaType());
        o.put("nameMismatch", i.nameMismatch());
        o.put("originalName", i.originalName());
        o.put("addedAt", i.addedAt().toString());
        ObjectNode c = o.putObject("capture");
        c.put("capturedAt", i.capture().capturedAt());
        c.put("capturedAtSource", i.capture().capturedAtSource());
        c.put("latitude", i.capture().latitude());
        c.put("longitude", i.capture().longitude());
        c.put("device", i.capture().device());
        o.put("perceptualHash", i.perceptualHash() == null ? null : i.perceptualHash().hex());
        ArrayNode inc = o.putArray("incidents");
        incidents.forEach(inc::add);
        ArrayNode dups = o.putArray("nearDuplicates");
        for (NearDuplicate d : nearDuplicates) {
            dups.addObject().put("evidenceId", d.evidenceId()).put("sha256", d.sha256().hex()).put("originalName", d.originalName())
                    .put("distanceBits", d.distanceBits());
        }
        o.put("href", "/api/evidence/" + i.id());
        o.put("fileHref", "/api/evidence/" + i.id() + "/file");
        return o;
    }

    static ObjectNode entryJson(CustodyEntry e) {
        ObjectNode o = Json.object();
        o.put("seq", e.seq());
        o.put("at", e.event().at().toString());
        o.put("action", e.event().action().name());
        o.put("actor", e.event().actor());
        ObjectNode d = o.putObject("details");
        e.event().details().forEach(d::put);
        o.put("previousHash", e.previousHash().hex());
        o.put("entryHash", e.entryHash().hex());
        return o;
    }
}
