package org.groundtruth.publish.dataset;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.groundtruth.grading.Grade;
import org.groundtruth.publication.PublishedIncident;
import org.groundtruth.publication.SourceReference;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes published incidents in the shape Forensic Architecture's TimeMap loads (its event, association and source
 * schemas): {@code {"events": [...], "associations": [...], "sources": {...}}}. Events carry the date as MM/DD/YYYY
 * and the time as HH:mm (TimeMap's defaults), latitude and longitude as text, the description, and the ids of their
 * associations (filters by grade and by attributed party) and sources. Events stream; the associations and sources,
 * a few hundred at most, follow them.
 */
public final class TimeMapExport {
    private static final JsonFactory JSON = new JsonFactory();
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public long write(Iterator<PublishedIncident> rows, OutputStream out) {
        Map<String, SourceReference> sources = new LinkedHashMap<>();
        TreeSet<String> parties = new TreeSet<>();
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            g.writeArrayFieldStart("events");
            long n = 0;
            while (rows.hasNext()) {
                PublishedIncident i = rows.next();
                event(g, i, sources, parties);
                if (++n % 1024 == 0) g.flush();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("associations");
            for (Grade grade : Grade.values()) association(g, "grade:" + grade.code(), grade.label(), "Grade");
            for (String p : parties) association(g, "party:" + p, p, "Attribution");
            g.writeEndArray();
            g.writeObjectFieldStart("sources");
            for (Map.Entry<String, SourceReference> e : sources.entrySet()) source(g, e.getKey(), e.getValue());
            g.writeEndObject();
            g.writeEndObject();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void event(JsonGenerator g, PublishedIncident i, Map<String, SourceReference> sources, TreeSet<String> parties)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("id", i.publicId());
        g.writeStringField("description", description(i));
        g.writeStringField("date", i.date().firstDay().format(DATE));
        g.writeStringField("time", i.date().instantUtc() == null ? "" : i.date().localTime().format(TIME)); // a clock time only, not a part of the day
        g.writeStringField("time_precision", i.date().precision().label());
        g.writeStringField("location", i.location().placeName() == null ? "" : i.location().placeName());
        g.writeStringField("latitude", i.location().point() == null ? "" : Double.toString(i.location().point().lat()));
        g.writeStringField("longitude", i.location().point() == null ? "" : Double.toString(i.location().point().lon()));
        g.writeStringField("category", i.gradeCode() == null ? "" : i.gradeCode());
        g.writeArrayFieldStart("associations");
        if (i.gradeCode() != null) g.writeString("grade:" + i.gradeCode());
        if (i.partyLabel() != null) {
            parties.add(i.partyLabel());
            g.writeString("party:" + i.partyLabel());
        }
        g.writeEndArray();
        g.writeArrayFieldStart("sources");
        for (SourceReference s : i.sources()) {
            // String.hashCode is specified, so the id is the same on every run
            String id = s.dataset() + ":" + (s.recordId() == null ? Integer.toHexString((s.display() + "|" + s.url()).hashCode()) : s.recordId());
            sources.putIfAbsent(id, s);
            g.writeString(id);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static String description(PublishedIncident i) {
        if (i.valuesWithheld()) return "Values withheld: see the referenced records.";
        StringBuilder b = new StringBuilder(i.title() == null ? "" : i.title());
        b.append(". Civilians killed: ").append(i.casualties().killed().display()).append("; injured: ").append(i.casualties().injured().display()).append('.');
        if (i.summary() != null) b.append(' ').append(i.summary());
        return b.toString();
    }

    private static void association(JsonGenerator g, String id, String title, String filter) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeStringField("title", title);
        g.writeStringField("mode", "FILTER");
        g.writeArrayFieldStart("filter_paths");
        g.writeString(filter);
        g.writeString(title);
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void source(JsonGenerator g, String id, SourceReference s) throws IOException {
        g.writeObjectFieldStart(id);
        g.writeStringField("id", id);
        g.writeStringField("title", s.display());
        g.writeArrayFieldStart("paths");
        g.writeEndArray();
        g.writeStringField("type", s.terms().code());
        g.writeStringField("url", s.url() == null ? "" : s.url());
        g.writeStringField("description", s.licenceMark());
        g.writeEndObject();
    }
}
