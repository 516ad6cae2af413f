package org.groundtruth.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeSet;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.NewReport;
import org.groundtruth.incident.PendingRevision;
import org.groundtruth.web.Json;

/**
 * An incident's pending revision for the team (never for the public, decision 0752): the facts as corrected, each
 * difference from the published facts ({@code changes}: field path, published value, pending value), the reports
 * waiting to be added, and every correction with who, why and when.
 */
public final class PendingRevisionJson {
    private PendingRevisionJson() {
    }

    public static ObjectNode of(Incident published, PendingRevision pending) {
        ObjectNode o = Json.object();
        ObjectNode before = IncidentJson.facts(published.facts());
        ObjectNode after = IncidentJson.facts(pending.factsOver(published.facts()));
        o.set("facts", after);
        ArrayNode changes = o.putArray("changes");
        diff("", before, after, changes);
        ArrayNode reports = o.putArray("reports");
        for (NewReport r : pending.reports()) {
            ObjectNode ro = reports.addObject();
            ro.put("originKey", r.originKey());
            ro.putObject("source").put("name", r.source().name()).put("dataset", r.source().dataset()).put("url", r.source().url());
            ro.put("text", r.text());
            ro.put("language", r.language());
        }
        ArrayNode revised = o.putArray("reportRevisions"); // new revisions of its reports that a re-import read
        for (PendingRevision.ImportedRevision r : pending.imported()) {
            ObjectNode ro = revised.addObject();
            ro.put("originKey", r.originKey());
            ro.putObject("source").put("name", r.source().name()).put("dataset", r.source().dataset()).put("url", r.source().url());
            ro.put("text", r.text());
            ro.put("language", r.language());
            ro.put("at", r.at().toString());
        }
        ArrayNode corrections = o.putArray("corrections");
        for (PendingRevision.Correction c : pending.corrections()) {
            corrections.addObject().put("by", c.actor()).put("reason", c.reason()).put("what", c.what()).put("at", c.at().toString());
        }
        o.put("createdAt", pending.createdAt().toString());
        o.put("updatedAt", pending.updatedAt().toString());
        return o;
    }

    /** Every leaf that differs, by its path ("casualties.killed", "location.lat"); objects are walked, arrays compared whole. */
    static void diff(String path, JsonNode before, JsonNode after, ArrayNode out) {
        if (before != null && after != null && before.isObject() && after.isObject()) {
            TreeSet<String> names = new TreeSet<>();
            before.fieldNames().forEachRemaining(names::add);
            after.fieldNames().forEachRemaining(names::add);
            // a count range is one value to a reader: "40-49", not min and max apart
            boolean leafObject = names.contains("display");
            if (!leafObject) {
                for (String n : names) diff(path.isEmpty() ? n : path + "." + n, before.get(n), after.get(n), out);
                return;
            }
        }
        JsonNode b = before == null ? Json.MAPPER.nullNode() : before;
        JsonNode a = after == null ? Json.MAPPER.nullNode() : after;
        if (b.equals(a) || blank(b) && blank(a)) return; // no summary and an empty one read the same
        ObjectNode change = out.addObject();
        change.put("field", path);
        change.set("published", b.isObject() && b.has("display") ? b.get("display") : b);
        change.set("pending", a.isObject() && a.has("display") ? a.get("display") : a);
    }

    private static boolean blank(JsonNode n) {
        return n.isNull() || n.isTextual() && n.asText().isEmpty();
    }
}
