package org.groundtruth.web.account;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.groundtruth.audit.AuditEntry;
import org.groundtruth.audit.AuditLog;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.WebFeature;
import org.groundtruth.web.Rule;

/**
 * The audit log for admins: pages of entries at /api/audit (filter by subject or action prefix), the whole log as
 * JSON lines or CSV at /api/audit/export, and a walk of the hash chain at /api/audit/verify.
 */
public final class AuditApi implements WebFeature {
    private static final int PAGE = 1_000;
    private final AuditLog log;

    public AuditApi(AuditLog log) {
        this.log = log;
    }

    @Override
    public String openApiPart() {
        return "/openapi/audit.json";
    }

    @Override
    public java.util.List<String> uiModules() {
        return java.util.List.of("/static/features/audit.js");
    }

    @Override
    public void addTo(RouteTable routes) {
        routes.api(HandlerType.GET, "/api/audit", Rule.ADMIN, this::list)
                .api(HandlerType.GET, "/api/audit/export", Rule.ADMIN, this::export)
                .api(HandlerType.GET, "/api/audit/verify", Rule.ADMIN, this::verify);
    }

    public static ObjectNode entryJson(AuditEntry e) {
        ObjectNode o = Json.object();
        o.put("seq", e.seq());
        o.put("at", e.at().toString());
        o.put("actor", e.actor());
        o.put("reason", e.reason());
        o.put("action", e.action());
        o.put("subject", e.subject());
        o.put("before", e.before());
        o.put("after", e.after());
        o.put("previousHash", e.previousHash());
        o.put("hash", e.hash());
        return o;
    }

    private void list(Context ctx) {
        long after = ApiException.queryNumber(ctx, "after", 0, 0, Long.MAX_VALUE);
        int limit = (int) ApiException.queryNumber(ctx, "limit", 100, 1, PAGE);
        String subject = blank(ctx.queryParam("subject"));
        String action = blank(ctx.queryParam("action"));
        List<AuditEntry> entries = log.entries(after, limit, subject, action);
        ObjectNode o = Json.object();
        o.put("total", log.count());
        ArrayNode items = o.putArray("entries");
        for (AuditEntry e : entries) items.add(entryJson(e));
        if (entries.size() == limit) {
            o.put("next", "/api/audit?after=" + entries.getLast().seq() + "&limit=" + limit
                    + (subject == null ? "" : "&subject=" + enc(subject)) + (action == null ? "" : "&action=" + enc(action)));
        }
        Json.ok(ctx, o);
    }

    /** Streams every entry, oldest first, page by page so that memory stays flat: format=jsonl (default) or csv. */
    private void export(Context ctx) {
        String format = ctx.queryParam("format") == null ? "jsonl" : ctx.queryParam("format");
        if (!format.equals("jsonl") && !format.equals("csv")) throw ApiException.badParameter("format", "not jsonl or csv");
        boolean csv = format.equals("csv");
        ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson");
        ctx.header("Content-Disposition", "attachment; filename=\"groundtruth-audit." + format + "\"");
        ctx.header("Cache-Control", "no-store");
        try {
            OutputStream out = ctx.outputStream();
            if (csv) out.write("seq,at,actor,reason,action,subject,before,after,previous_hash,hash\n".getBytes(StandardCharsets.UTF_8));
            long after = 0;
            while (true) {
                List<AuditEntry> page = log.entries(after, PAGE, null, null);
                for (AuditEntry e : page) {
                    String line = csv ? csvLine(e) : Json.MAPPER.writeValueAsString(entryJson(e)) + "\n";
                    out.write(line.getBytes(StandardCharsets.UTF_8));
                }
                if (page.size() < PAGE) break;
                after = page.getLast().seq();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void verify(Context ctx) {
        Optional<String> broken = log.verify();
        ObjectNode o = Json.object();
        o.put("intact", broken.isEmpty());
        o.put("entries", log.count());
        o.put("problem", broken.orElse(null));
        Json.ok(ctx, o);
    }

    public static String csvLine(AuditEntry e) {
        return String.join(",", Long.toString(e.seq()), e.at().toString(), csv(e.actor()), csv(e.reason()), csv(e.action()), csv(e.subject()),
                csv(e.before()), csv(e.after()), e.previousHash(), e.hash()) + "\n";
    }

    /** RFC 4180 quoting; a value that a spreadsheet would run as a formula gets a leading apostrophe. */
    private static String csv(String v) {
        if (v == null) return "";
        String s = !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
