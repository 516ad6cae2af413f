package org.groundtruth.web.warning;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.groundtruth.warning.AlertTexts;
import org.groundtruth.warning.Language;

/**
 * An alert as an OASIS CAP 1.2 message (decision 0807): one {@code info} block per language (ar, en, uk), each with
 * the threatened sector as a CAP polygon. Written from the alert as published (its JSON), so it can say no more than
 * the alert does: no spotter, no post. Also the Atom index that lists the current messages, as aggregators read.
 */
public final class CapDocument {
    public static final String NS = "urn:oasis:names:tc:emergency:cap:1.2";
    public static final String CONTENT_TYPE = "application/cap+xml; charset=utf-8";
    static final String SENDER = "groundtruth-early-warning";
    /** CAP's date-time: seconds and a numeric offset, never "Z". */
    private static final DateTimeFormatter CAP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");
    private static final Map<Language, String> EVENT = Map.of(Language.AR, "تهديد بغارة جوية", Language.EN, "Air strike threat",
            Language.UK, "Загроза авіаудару");
    private static final Map<Language, String> SENDER_NAME = Map.of(Language.AR, "Groundtruth — الإنذار المبكر", Language.EN,
            "Groundtruth early warning", Language.UK, "Groundtruth — раннє попередження");

    private CapDocument() {
    }

    /** The message's identifier: the alert and the moment of this version, so every update is a new message. */
    static String identifier(String alertId, Instant at) {
        return "groundtruth-" + alertId + "-" + at.getEpochSecond();
    }

    public static String of(JsonNode alert) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(NS);
            x.writeStartElement(NS, "alert");
            x.writeDefaultNamespace(NS);
            write(x, alert);
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing CAP for alert " + alert.path("id").asText(), e);
        }
    }

    private static void write(XMLStreamWriter x, JsonNode a) throws XMLStreamException {
        String id = a.path("id").asText(), state = a.path("state").asText(), level = a.path("level").asText();
        ZoneId zone = AlertTexts.zoneOf(a.path("theatre").asText());
        Instant issued = Instant.parse(a.path("issuedAt").asText()), updated = Instant.parse(a.path("updatedAt").asText());
        Instant expires = Instant.parse(a.path("expiresAt").asText());
        boolean first = updated.equals(issued) && state.equals("active");
        text(x, "identifier", identifier(id, updated));
        text(x, "sender", SENDER);
        text(x, "sent", time(updated, zone));
        text(x, "status", a.path("exercise").asBoolean(false) ? "Exercise" : "Actual"); // a drill's or the demo's alert (decision 0810)
        text(x, "msgType", first ? "Alert" : state.equals("active") ? "Update" : "Cancel");
        text(x, "scope", "Public");
        if (!first) text(x, "references", SENDER + "," + identifier(id, issued) + "," + time(issued, zone));
        for (Language l : Language.values()) info(x, a, l, state, level, updated, expires, zone);
    }

    private static void info(XMLStreamWriter x, JsonNode a, Language l, String state, String level, Instant updated, Instant expires,
                             ZoneId zone) throws XMLStreamException {
        boolean active = state.equals("active");
        x.writeStartElement(NS, "info");
        text(x, "language", l.code());
        text(x, "category", "Security");
        text(x, "event", EVENT.get(l));
        text(x, "responseType", !active ? "Monitor" : level.equals("urgent") ? "Shelter" : level.equals("watch") ? "Prepare" : "Monitor");
        text(x, "urgency", !active ? "Past" : level.equals("urgent") ? "Immediate" : level.equals("watch") ? "Expected" : "Future");
        text(x, "severity", active ? "Severe" : "Minor");
        text(x, "certainty", active && level.equals("urgent") ? "Likely" : "Possible");
        text(x, "effective", time(updated, zone));
        if (active && a.hasNonNull("earliestEta")) text(x, "onset", time(Instant.parse(a.get("earliestEta").asText()), zone));
        text(x, "expires", time(expires, zone));
        text(x, "senderName", SENDER_NAME.get(l));
        String body = a.path("texts").path(l.code()).asText();
        int cut = body.indexOf(". ");
        text(x, "headline", cut > 0 ? body.substring(0, cut) : body);
        text(x, "description", body);
        x.writeStartElement(NS, "parameter");
        text(x, "valueName", "groundtruthAlertId");
        text(x, "value", a.path("id").asText());
        x.writeEndElement();
        x.writeStartElement(NS, "area");
        text(x, "areaDesc", areaDesc(a, l));
        String polygon = polygon(a.path("area"));
        if (polygon != null) text(x, "polygon", polygon);
        x.writeEndElement();
        x.writeEndElement();
    }

    /** The threatened places' names (the first 20), or the theatre when none is named. */
    private static String areaDesc(JsonNode a, Language l) {
        List<String> names = new ArrayList<>();
        for (JsonNode t : a.path("threats")) if (names.size() < 20) names.add(t.path("names").path(l.code()).asText());
        return names.isEmpty() ? a.path("theatre").asText() : String.join(l == Language.AR ? "، " : ", ", names);
    }

    /** CAP polygon: "lat,lon" pairs separated by spaces, the first repeated last; null without an area. */
    static String polygon(JsonNode geoJson) {
        JsonNode ring = geoJson.path("coordinates").path(0);
        if (!ring.isArray() || ring.size() < 4) return null;
        StringBuilder s = new StringBuilder();
        for (JsonNode p : ring) {
            if (!s.isEmpty()) s.append(' ');
            s.append(p.get(1).asDouble()).append(',').append(p.get(0).asDouble());
        }
        return s.toString();
    }

    private static String time(Instant t, ZoneId zone) {
        return CAP_TIME.format(t.atZone(zone));
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(NS, name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    /** An Atom feed listing the alerts' current CAP messages, newest first, as public-alert aggregators poll. */
    public static String atom(List<JsonNode> alerts, String baseUrl, Instant now) {
        String atom = "http://www.w3.org/2005/Atom";
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.setDefaultNamespace(atom);
            x.writeStartElement(atom, "feed");
            x.writeDefaultNamespace(atom);
            simple(x, atom, "id", baseUrl + "/api/cap/feed");
            simple(x, atom, "title", "Groundtruth early warning: current alerts (CAP 1.2)");
            simple(x, atom, "updated", now.toString());
            x.writeStartElement(atom, "author");
            simple(x, atom, "name", "Groundtruth early warning");
            x.writeEndElement();
            for (JsonNode a : alerts) {
                x.writeStartElement(atom, "entry");
                String id = a.path("id").asText();
                simple(x, atom, "id", "urn:groundtruth:alert:" + CapDocument.identifier(id, Instant.parse(a.path("updatedAt").asText())));
                simple(x, atom, "title", a.path("texts").path("en").asText().split("\\. ")[0]);
                simple(x, atom, "updated", a.path("updatedAt").asText());
                x.writeEmptyElement(atom, "link");
                x.writeAttribute("rel", "alternate");
                x.writeAttribute("type", "application/cap+xml");
                x.writeAttribute("href", baseUrl + "/api/cap/alerts/" + id);
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing the CAP feed", e);
        }
    }

    private static void simple(XMLStreamWriter x, String ns, String name, String value) throws XMLStreamException {
        x.writeStartElement(ns, name);
        x.writeCharacters(value);
        x.writeEndElement();
    }
}
