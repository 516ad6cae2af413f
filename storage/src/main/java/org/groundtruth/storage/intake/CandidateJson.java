package org.groundtruth.storage.intake;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.groundtruth.claim.ResponseKind;
import org.groundtruth.extraction.DateMention;
import org.groundtruth.extraction.PlaceMention;
import org.groundtruth.extraction.Span;
import org.groundtruth.extraction.TermKind;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.storage.account.Snapshot;
import org.groundtruth.textintake.CandidateValues;
import org.groundtruth.time.DatePrecision;
import org.groundtruth.time.IncidentDate;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A candidate's proposed values as stored: written as the audit log writes records ({@link Snapshot}: components by
 * name, enums by name, dates as ISO text), read back field by field, so that the stored form is the record's shape and a
 * renamed component fails loudly here rather than reading as null.
 */
final class CandidateJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private CandidateJson() {
    }

    /**
     * The text {@link Snapshot#of} gives (components by name in sorted order, recursively), written directly: Snapshot
     * reads components by reflection, and its first use per record class generates accessors, which made most of the
     * server's work on the first text a new server read (docs/performance.md, "Text intake", decision 1016).
     */
    static String write(CandidateValues v) {
        StringWriter out = new StringWriter(1024);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeFieldName("date");
            date(g, v.date());
            g.writeFieldName("extent");
            span(g, v.extent());
            g.writeArrayFieldStart("figures");
            for (CandidateValues.FigureValue f : v.figures()) {
                g.writeStartObject();
                g.writeObjectFieldStart("count");
                integer(g, "max", f.count().max());
                integer(g, "min", f.count().min());
                g.writeEndObject();
                g.writeStringField("figure", f.figure().name());
                g.writeStringField("qualifier", f.qualifier());
                g.writeArrayFieldStart("spans");
                for (Span s : f.spans()) span(g, s);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("objects");
            for (CivilianObject o : v.objects()) g.writeString(o.name());
            g.writeEndArray();
            g.writeFieldName("place");
            place(g, v.place());
            g.writeArrayFieldStart("places");
            for (CandidateValues.PlaceValue p : v.places()) place(g, p);
            g.writeEndArray();
            g.writeArrayFieldStart("responses");
            for (CandidateValues.ResponseValue r : v.responses()) {
                g.writeStartObject();
                g.writeStringField("kind", r.kind().name());
                g.writeStringField("party", r.party());
                g.writeFieldName("partySpan");
                span(g, r.partySpan());
                g.writeFieldName("span");
                span(g, r.span());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("terms");
            for (CandidateValues.TermValue t : v.terms()) {
                g.writeStartObject();
                g.writeStringField("code", t.code());
                g.writeStringField("kind", t.kind().name());
                g.writeFieldName("span");
                span(g, t.span());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new IllegalStateException("cannot write a candidate", e);
        }
        return out.toString();
    }

    private static void date(JsonGenerator g, CandidateValues.DateValue d) throws IOException {
        if (d == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("basis", d.basis().name());
        IncidentDate i = d.date();
        g.writeObjectFieldStart("date");
        g.writeStringField("firstDay", i.firstDay().toString());
        g.writeStringField("lastDay", i.lastDay().toString());
        g.writeStringField("localTime", i.localTime() == null ? null : i.localTime().toString());
        g.writeStringField("offset", i.offset() == null ? null : i.offset().toString());
        g.writeStringField("precision", i.precision() == null ? null : i.precision().name());
        g.writeEndObject();
        g.writeStringField("partOfDay", d.partOfDay() == null ? null : d.partOfDay().name());
        g.writeFieldName("span");
        span(g, d.span());
        g.writeEndObject();
    }

    private static void place(JsonGenerator g, CandidateValues.PlaceValue p) throws IOException {
        if (p == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeStringField("countryCode", p.countryCode());
        g.writeStringField("district", p.district());
        g.writeStringField("governorate", p.governorate());
        g.writeNumberField("lat", p.lat());
        g.writeStringField("level", p.level().name());
        g.writeNumberField("lon", p.lon());
        g.writeStringField("matched", p.matched());
        g.writeStringField("name", p.name());
        g.writeStringField("role", p.role().name());
        g.writeFieldName("span");
        span(g, p.span());
        g.writeEndObject();
    }

    private static void span(JsonGenerator g, Span s) throws IOException {
        if (s == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        g.writeNumberField("end", (long) s.end());
        g.writeNumberField("start", (long) s.start());
        g.writeEndObject();
    }

    private static void integer(JsonGenerator g, String name, Integer value) throws IOException {
        if (value == null) g.writeNullField(name);
        else g.writeNumberField(name, value.longValue());
    }

    static CandidateValues read(String json) {
        JsonNode n;
        try {
            n = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored candidate is not JSON", e);
        }
        List<CandidateValues.PlaceValue> places = new ArrayList<>();
        n.path("places").forEach(p -> places.add(place(p)));
        List<CandidateValues.FigureValue> figures = new ArrayList<>();
        for (JsonNode f : n.path("figures")) {
            figures.add(new CandidateValues.FigureValue(CandidateValues.Figure.valueOf(f.get("figure").asText()), range(f.get("count")),
                    f.get("qualifier").asText(), spans(f.get("spans"))));
        }
        Set<CivilianObject> objects = EnumSet.noneOf(CivilianObject.class);
        n.path("objects").forEach(o -> objects.add(CivilianObject.valueOf(o.asText())));
        List<CandidateValues.TermValue> terms = new ArrayList<>();
        n.path("terms").forEach(t -> terms.add(new CandidateValues.TermValue(TermKind.valueOf(t.get("kind").asText()), t.get("code").asText(), span(t.get("span")))));
        List<CandidateValues.ResponseValue> responses = new ArrayList<>();
        n.path("responses").forEach(r -> responses.add(new CandidateValues.ResponseValue(r.get("party").asText(),
                ResponseKind.valueOf(r.get("kind").asText()), span(r.get("span")), span(r.get("partySpan")))));
        return new CandidateValues(span(n.get("extent")), date(n.get("date")), isNull(n.get("place")) ? null : place(n.get("place")), places,
                figures, objects, terms, responses);
    }

    private static boolean isNull(JsonNode n) {
        return n == null || n.isNull();
    }

    private static CandidateValues.DateValue date(JsonNode n) {
        if (isNull(n)) return null;
        JsonNode d = n.get("date");
        IncidentDate date = new IncidentDate(LocalDate.parse(d.get("firstDay").asText()), LocalDate.parse(d.get("lastDay").asText()),
                isNull(d.get("localTime")) ? null : LocalTime.parse(d.get("localTime").asText()),
                isNull(d.get("offset")) ? null : ZoneOffset.of(d.get("offset").asText()), DatePrecision.valueOf(d.get("precision").asText()));
        return new CandidateValues.DateValue(date, isNull(n.get("partOfDay")) ? null : DateMention.PartOfDay.valueOf(n.get("partOfDay").asText()),
                DateMention.Basis.valueOf(n.get("basis").asText()), isNull(n.get("span")) ? null : span(n.get("span")));
    }

    private static CandidateValues.PlaceValue place(JsonNode p) {
        return new CandidateValues.PlaceValue(p.get("name").asText(), text(p.get("governorate")), text(p.get("district")), text(p.get("countryCode")),
                LocationPrecision.valueOf(p.get("level").asText()), p.get("lat").asDouble(), p.get("lon").asDouble(),
                PlaceMention.Role.valueOf(p.get("role").asText()), text(p.get("matched")), span(p.get("span")));
    }

    private static String text(JsonNode n) {
        return isNull(n) ? null : n.asText();
    }

    private static CountRange range(JsonNode n) {
        return CountRange.of(isNull(n.get("min")) ? null : n.get("min").asInt(), isNull(n.get("max")) ? null : n.get("max").asInt());
    }

    private static Span span(JsonNode n) {
        return new Span(n.get("start").asInt(), n.get("end").asInt());
    }

    private static List<Span> spans(JsonNode n) {
        List<Span> out = new ArrayList<>();
        if (n != null) n.forEach(s -> out.add(span(s)));
        return out;
    }
}
