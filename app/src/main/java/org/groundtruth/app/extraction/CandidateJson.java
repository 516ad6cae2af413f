package org.groundtruth.app.extraction;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.groundtruth.extraction.CandidateReport;
import org.groundtruth.extraction.CasualtyFigure;
import org.groundtruth.extraction.DateMention;
import org.groundtruth.extraction.Extraction;
import org.groundtruth.extraction.PlaceMention;
import org.groundtruth.extraction.ResponseMention;
import org.groundtruth.extraction.Span;
import org.groundtruth.extraction.TermMention;
import org.groundtruth.gazetteer.Place;
import org.groundtruth.intake.text.TextFiles;
import org.groundtruth.time.IncidentDate;

/**
 * The candidates of one text as JSON for scripts: every value with its span ({@code start}, {@code end} in UTF-16
 * code units, and the {@code text} they cover). The text's author is not printed: a post's author may be a private
 * person, and scripts that need it have it in their own file.
 */
final class CandidateJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private CandidateJson() {
    }

    static ObjectNode of(TextFiles.Input input, Extraction e) {
        String text = e.source().text();
        ObjectNode o = MAPPER.createObjectNode();
        if (input.line() > 0) o.put("line", input.line());
        o.put("language", e.source().language().code());
        o.put("languageFrom", input.languageFrom().name().toLowerCase(java.util.Locale.ROOT));
        o.put("published", e.source().publishedAt() == null ? null : e.source().publishedAt().toString());
        o.put("url", e.source().url());
        o.put("characters", text.length());
        ArrayNode cs = o.putArray("candidates");
        for (CandidateReport c : e.candidates()) cs.add(candidate(c, text));
        ArrayNode notes = o.putArray("notes");
        e.notes().forEach(notes::add);
        return o;
    }

    private static ObjectNode candidate(CandidateReport c, String text) {
        ObjectNode o = MAPPER.createObjectNode();
        o.set("extent", span(c.extent(), text));
        o.set("date", c.date() == null ? null : date(c.date(), text));
        o.set("place", c.place() == null ? null : place(c.place(), text));
        ArrayNode places = o.putArray("places");
        c.places().forEach(p -> places.add(place(p, text)));
        ObjectNode cas = o.putObject("casualties");
        figure(cas, "killed", c.casualties().killed(), text);
        figure(cas, "injured", c.casualties().injured(), text);
        figure(cas, "children", c.casualties().children(), text);
        figure(cas, "women", c.casualties().women(), text);
        figure(cas, "men", c.casualties().men(), text);
        figure(cas, "killedOrInjured", c.casualties().killedOrInjured(), text);
        ArrayNode terms = o.putArray("terms");
        for (TermMention t : c.terms()) {
            ObjectNode n = terms.addObject();
            n.put("kind", t.kind().name().toLowerCase(java.util.Locale.ROOT));
            n.put("code", t.code());
            n.set("span", span(t.span(), text));
        }
        ArrayNode responses = o.putArray("responses");
        for (ResponseMention r : c.responses()) {
            ObjectNode n = responses.addObject();
            n.put("party", r.party());
            n.put("kind", r.kind().name());
            n.set("span", span(r.span(), text));
            n.set("partySpan", span(r.partySpan(), text));
        }
        return o;
    }

    private static ObjectNode date(DateMention d, String text) {
        IncidentDate date = d.date();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("firstDay", date.firstDay().toString());
        o.put("lastDay", date.lastDay().toString());
        if (date.localTime() != null) o.put("localTime", date.localTime().toString());
        if (date.offset() != null) o.put("offset", date.offset().toString());
        o.put("precision", date.precision().name());
        o.put("partOfDay", d.partOfDay() == null ? null : d.partOfDay().name());
        o.put("basis", d.basis().name());
        o.set("span", d.span() == null ? null : span(d.span(), text));
        return o;
    }

    private static ObjectNode place(PlaceMention p, String text) {
        Place g = p.match().place();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("name", g.name());
        o.put("governorate", g.governorate());
        o.put("country", g.countryCode());
        o.put("level", g.level().name());
        o.put("lat", g.point().lat());
        o.put("lon", g.point().lon());
        o.put("role", p.role().name());
        o.put("matched", p.match().matchedName());
        o.put("score", p.match().score());
        o.set("span", span(p.span(), text));
        return o;
    }

    private static void figure(ObjectNode parent, String name, CasualtyFigure f, String text) {
        if (f == null) {
            parent.putNull(name);
            return;
        }
        ObjectNode o = parent.putObject(name);
        o.put("min", f.count().min());
        o.put("max", f.count().max());
        o.put("qualifier", f.qualifier().name());
        ArrayNode spans = o.putArray("spans");
        f.spans().forEach(s -> spans.add(span(s, text)));
    }

    static ObjectNode span(Span s, String text) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("start", s.start());
        o.put("end", s.end());
        o.put("text", s.of(text));
        return o;
    }
}
