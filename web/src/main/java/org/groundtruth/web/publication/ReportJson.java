package org.groundtruth.web.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.publication.ReportDraft;
import org.groundtruth.publication.ReportLanguage;
import org.groundtruth.publication.ReportVersion;
import org.groundtruth.publication.Selection;
import org.groundtruth.publication.StoredReport;
import org.groundtruth.testimony.TestimonyView;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reports as JSON: what signed-in users edit, what the public sees (its published versions), and the draft read from a body. */
final class ReportJson {
    static final Set<String> DRAFT_FIELDS = Set.of("title", "language", "filter", "introduction", "narratives", "quoted", "recommendations",
            "conclusions", "revision");

    private ReportJson() {
    }

    /** For signed-in users: the draft's text, its status and revision, its versions. */
    static ObjectNode full(StoredReport r, List<ReportVersion> versions) {
        ObjectNode o = summary(r, versions, true);
        ReportDraft d = r.draft();
        o.put("filter", d.selection().filter());
        o.put("selection", d.selection().describe());
        o.put("introduction", d.introduction());
        ObjectNode narratives = o.putObject("narratives");
        new java.util.TreeMap<>(d.narratives()).forEach(narratives::put);
        if (d.quotedStatements() == null) o.putNull("quoted");
        else {
            ArrayNode q = o.putArray("quoted");
            d.quotedStatements().stream().sorted().forEach(q::add);
        }
        ArrayNode recs = o.putArray("recommendations");
        d.recommendations().forEach(recs::add);
        o.put("conclusions", d.conclusions());
        return o;
    }

    /**
     * One line of a list. The public sees a report only once published, and then its versions; the draft's own text
     * (which may hold edits not yet reviewed) and who edited it are for signed-in users.
     */
    static ObjectNode summary(StoredReport r, List<ReportVersion> versions, boolean signedIn) {
        ObjectNode o = Json.object();
        o.put("id", r.id());
        if (signedIn || r.status() == IncidentStatus.PUBLISHED) o.put("title", r.draft().title());
        o.put("language", r.draft().language().tag());
        o.put("status", signedIn ? code(r.status()) : "published");
        if (signedIn) {
            o.put("revision", r.revision());
            o.put("updatedBy", r.updatedBy());
            o.put("updatedAt", r.updatedAt().toString());
        }
        ArrayNode vs = o.putArray("versions");
        for (ReportVersion v : versions) {
            ObjectNode n = vs.addObject();
            n.put("version", v.version());
            n.put("generatedOn", v.generatedOn().toString());
            n.put("publishedAt", v.publishedAt().toString());
            if (signedIn) n.put("publishedBy", v.publishedBy());
            n.put("incidents", v.incidents());
            n.put("pdf", "/api/reports/" + r.id() + "/versions/" + v.version() + ".pdf");
            n.put("pdfSha256", v.pdfSha256());
            n.put("pdfBytes", v.pdfBytes());
            n.put("html", "/api/reports/" + r.id() + "/versions/" + v.version() + ".html");
            n.put("htmlSha256", v.htmlSha256());
            n.put("htmlBytes", v.htmlBytes());
        }
        return o;
    }

    /** The draft's incidents with their summaries and narratives, then the narratives of incidents no longer selected. */
    static ObjectNode narratives(StoredReport r, List<org.groundtruth.incident.Incident> incidents,
                                 java.util.function.Function<org.groundtruth.incident.Incident, List<TestimonyView>> statements) {
        ObjectNode o = Json.object();
        o.put("revision", r.revision());
        o.put("language", r.draft().language().tag());
        Set<Long> quoted = r.draft().quotedStatements();
        o.put("quoteAll", quoted == null);
        ArrayNode items = o.putArray("items");
        Set<String> shown = new java.util.HashSet<>();
        for (var i : incidents) {
            shown.add(i.publicId());
            ObjectNode n = items.addObject();
            n.put("id", i.publicId());
            n.put("title", i.facts().title());
            n.put("date", i.facts().date().display());
            n.put("place", i.facts().location().placeName());
            n.put("status", code(i.status()));
            n.put("summary", i.facts().summary());
            n.put("narrative", r.draft().narratives().get(i.publicId()));
            ArrayNode said = n.putArray("statements");
            for (TestimonyView t : statements.apply(i)) {
                // what an author needs to choose a quote: never the witness's identity or the interviewer
                ObjectNode s = said.addObject().put("id", t.id()).put("pseudonym", t.pseudonym()).put("language", t.language())
                        .put("consent", t.consent().code()).put("quotable", t.consent().textMayLeave())
                        .put("quoted", t.consent().textMayLeave() && (quoted == null || quoted.contains(t.id())));
                if (t.interviewedOn() != null) s.put("interviewedOn", t.interviewedOn().toString());
                if (t.text() != null) s.put("text", t.text());
            }
        }
        ArrayNode orphans = o.putArray("notSelected");
        new java.util.TreeMap<>(r.draft().narratives()).forEach((id, text) -> {
            if (!shown.contains(id)) orphans.addObject().put("id", id).put("narrative", text);
        });
        return o;
    }

    /** The draft a body describes; fields it leaves out keep {@code base}'s values (all required ones when creating). */
    static ReportDraft draft(ObjectNode body, ReportDraft base) {
        for (var it = body.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!DRAFT_FIELDS.contains(f)) throw ApiException.badParameter(f, "unknown field; known are " + String.join(", ", DRAFT_FIELDS.stream().sorted().toList()));
        }
        String title = text(body, "title", base == null ? null : base.title());
        if (title == null) throw ApiException.badParameter("title", "required");
        String lang = text(body, "language", base == null ? "en" : base.language().tag());
        ReportLanguage language;
        try {
            language = ReportLanguage.parse(lang);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("language", "not en or ar");
        }
        Selection selection;
        try {
            selection = body.has("filter") ? Selection.parse(text(body, "filter", "")) : base == null ? Selection.all() : base.selection();
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("filter", e.getMessage());
        }
        Map<String, String> narratives = base == null ? Map.of() : base.narratives();
        if (body.has("narratives")) {
            JsonNode n = body.get("narratives");
            if (!n.isObject()) throw ApiException.badParameter("narratives", "an object of incident public id to text");
            Map<String, String> m = new LinkedHashMap<>();
            n.properties().forEach(e -> {
                if (!e.getValue().isTextual()) throw ApiException.badParameter("narratives", "every narrative must be text");
                m.put(e.getKey(), e.getValue().asText());
            });
            narratives = m;
        }
        Set<Long> quoted = base == null ? null : base.quotedStatements();
        if (body.has("quoted")) {
            JsonNode q = body.get("quoted");
            if (q.isNull()) quoted = null;
            else if (!q.isArray()) throw ApiException.badParameter("quoted", "an array of statement ids, or null to quote every consented statement");
            else {
                Set<Long> s = new LinkedHashSet<>();
                for (JsonNode x : q) {
                    if (!x.canConvertToLong()) throw ApiException.badParameter("quoted", "statement ids are numbers");
                    s.add(x.asLong());
                }
                quoted = s;
            }
        }
        List<String> recommendations = base == null ? List.of() : base.recommendations();
        if (body.has("recommendations")) {
            JsonNode r = body.get("recommendations");
            if (!r.isArray()) throw ApiException.badParameter("recommendations", "an array of texts");
            List<String> l = new ArrayList<>();
            for (JsonNode x : r) {
                if (!x.isTextual()) throw ApiException.badParameter("recommendations", "an array of texts");
                l.add(x.asText());
            }
            recommendations = l;
        }
        return new ReportDraft(title, language, selection, text(body, "introduction", base == null ? null : base.introduction()), narratives,
                quoted, recommendations, text(body, "conclusions", base == null ? null : base.conclusions()));
    }

    private static String text(ObjectNode body, String field, String fallback) {
        if (!body.has(field)) return fallback;
        JsonNode v = body.get(field);
        if (v.isNull()) return null;
        if (!v.isTextual()) throw ApiException.badParameter(field, "must be text");
        return v.asText();
    }

    static String code(IncidentStatus s) {
        return s.name().toLowerCase(Locale.ROOT);
    }

}
