package org.groundtruth.web.intake;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.groundtruth.extraction.Span;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.textintake.Acceptance;
import org.groundtruth.textintake.CandidateValues;
import org.groundtruth.textintake.Corrections;
import org.groundtruth.textintake.StoredCandidate;
import org.groundtruth.textintake.StoredText;
import org.groundtruth.textintake.TextSummary;
import org.groundtruth.time.IncidentDate;
import org.groundtruth.web.Json;
import org.groundtruth.web.api.IncidentJson;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Texts and candidates as the intake API writes them. Every value carries its span: {@code start} and {@code end} in
 * UTF-16 code units (as JavaScript counts, so the page highlights them as they are) and the {@code text} they cover.
 * Internal numbers (texts, candidates) appear only in these signed-in answers; incidents are named by public id.
 */
final class IntakeJson {
    private IntakeJson() {
    }

    static ObjectNode summary(TextSummary t) {
        ObjectNode o = Json.object();
        o.put("id", t.id());
        o.put("origin", code(t.origin()));
        o.put("status", t.status().code());
        o.put("language", t.language());
        o.put("url", t.url());
        o.put("excerpt", t.excerpt());
        o.put("characters", t.characters());
        o.put("receivedAt", t.receivedAt().toString());
        o.put("receivedBy", t.receivedBy());
        o.put("candidates", t.candidates());
        o.put("pending", t.pending());
        o.put("senderTag", t.senderTag());
        o.put("hasContact", t.hasContact());
        return o;
    }

    static ObjectNode text(StoredText t, List<StoredCandidate> candidates, List<Long> evidence, Function<Long, String> publicIds) {
        ObjectNode o = Json.object();
        o.put("id", t.id());
        o.put("origin", code(t.origin()));
        o.put("status", t.status().code());
        o.put("format", t.format());
        o.put("text", t.text());
        o.put("characters", t.text().length());
        o.put("sha256", t.sha256());
        o.put("pageSha256", t.pageSha256());
        o.put("language", t.language());
        o.put("published", t.publishedAt() == null ? null : t.publishedAt().toString());
        o.put("url", t.url());
        o.put("author", t.author());
        ArrayNode notes = o.putArray("notes");
        t.notes().forEach(notes::add);
        o.put("receivedAt", t.receivedAt().toString());
        o.put("receivedBy", t.receivedBy());
        if (t.moderatedBy() == null) {
            o.putNull("moderation");
        } else {
            o.putObject("moderation").put("by", t.moderatedBy()).put("at", t.moderatedAt().toString()).put("reason", t.moderationReason());
        }
        o.put("senderTag", t.senderTag());
        o.put("hasContact", t.hasContact());
        ArrayNode ev = o.putArray("evidence");
        evidence.forEach(id -> ev.addObject().put("id", id).put("href", "/api/evidence/" + id));
        ArrayNode cs = o.putArray("candidates");
        for (StoredCandidate c : candidates) cs.add(candidate(t, c, publicIds));
        return o;
    }

    static ObjectNode candidate(StoredText text, StoredCandidate c, Function<Long, String> publicIds) {
        String t = text.text();
        CandidateValues v = c.proposed();
        ObjectNode o = Json.object();
        o.put("id", c.id());
        o.put("textId", c.textId());
        o.put("ordinal", c.ordinal());
        o.put("status", c.status().code());
        // start and end only: the text is in the same answer, and an extent may cover most of a long article (45
        // candidates of a 14,000-character article repeated 460 kB of it)
        o.putObject("extent").put("start", v.extent().start()).put("end", v.extent().end());
        if (v.date() == null) {
            o.putNull("date");
        } else {
            ObjectNode d = IncidentJson.date(v.date().date());
            d.put("partOfDay", v.date().partOfDay() == null ? null : lower(v.date().partOfDay().name()));
            d.put("basis", lower(v.date().basis().name()));
            d.set("span", v.date().span() == null ? null : span(v.date().span(), t));
            o.set("date", d);
        }
        o.set("place", v.place() == null ? null : place(v.place(), t));
        ArrayNode places = o.putArray("places");
        v.places().forEach(p -> places.add(place(p, t)));
        ObjectNode casualties = o.putObject("casualties");
        for (CandidateValues.Figure f : CandidateValues.Figure.values()) {
            CandidateValues.FigureValue fv = v.figure(f);
            if (fv == null) {
                casualties.putNull(f.code());
                continue;
            }
            ObjectNode n = casualties.putObject(f.code());
            if (fv.count().min() == null) n.putNull("min"); else n.put("min", fv.count().min());
            if (fv.count().max() == null) n.putNull("max"); else n.put("max", fv.count().max());
            n.put("display", fv.count().display());
            n.put("qualifier", lower(fv.qualifier()));
            ArrayNode spans = n.putArray("spans");
            fv.spans().forEach(s -> spans.add(span(s, t)));
        }
        ArrayNode objects = o.putArray("objects");
        v.objects().stream().sorted().map(CivilianObject::code).forEach(objects::add);
        ArrayNode terms = o.putArray("terms");
        for (CandidateValues.TermValue term : v.terms()) {
            terms.addObject().put("kind", lower(term.kind().name())).put("code", term.code()).set("span", span(term.span(), t));
        }
        ArrayNode responses = o.putArray("responses");
        for (CandidateValues.ResponseValue r : v.responses()) {
            ObjectNode n = responses.addObject().put("party", r.party()).put("kind", lower(r.kind().name())).put("label", r.kind().label());
            n.set("span", span(r.span(), t));
            n.set("partySpan", span(r.partySpan(), t));
        }
        o.set("proposedFacts", IncidentJson.facts(proposedFacts(text, c)));
        if (v.date() == null) ((ObjectNode) o.get("proposedFacts")).putNull("date"); // the text gives none: the person must
        o.set("decision", decision(c, publicIds));
        return o;
    }

    /**
     * The facts the candidate would give a new incident, as the review form shows them. A candidate without a date gets
     * a stand-in only to build the facts; its JSON says null there.
     */
    static IncidentFacts proposedFacts(StoredText text, StoredCandidate c) {
        Corrections none = c.proposed().date() != null ? Corrections.NONE
                : new Corrections(null, null, IncidentDate.onDay(LocalDate.ofInstant(text.receivedAt(), ZoneOffset.UTC)), null, Map.of(), null, null, null, null);
        return Acceptance.newIncident(text, c, none, null).facts();
    }

    private static ObjectNode decision(StoredCandidate c, Function<Long, String> publicIds) {
        if (c.decision() == null) return null;
        StoredCandidate.Decision d = c.decision();
        ObjectNode o = Json.object();
        o.put("by", d.by());
        o.put("at", d.at().toString());
        o.put("reason", d.reason());
        o.put("incidentId", d.incidentId() == null ? null : publicIds.apply(d.incidentId()));
        o.put("heldForReview", d.heldForReview());
        ArrayNode corrected = o.putArray("corrected");
        d.corrected().forEach(corrected::add);
        return o;
    }

    private static ObjectNode place(CandidateValues.PlaceValue p, String text) {
        ObjectNode o = Json.object();
        o.put("name", p.name());
        o.put("governorate", p.governorate());
        o.put("district", p.district());
        o.put("countryCode", p.countryCode());
        o.put("level", lower(p.level().name()));
        o.put("lat", p.lat());
        o.put("lon", p.lon());
        o.put("role", lower(p.role().name()));
        o.put("matched", p.matched());
        o.set("span", span(p.span(), text));
        return o;
    }

    static ObjectNode span(Span s, String text) {
        ObjectNode o = Json.object();
        o.put("start", s.start());
        o.put("end", s.end());
        o.put("text", s.of(text));
        return o;
    }

    static String code(Enum<?> e) {
        return lower(e.name());
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
