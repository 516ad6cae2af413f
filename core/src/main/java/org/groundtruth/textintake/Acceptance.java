package org.groundtruth.textintake;

import org.groundtruth.extraction.TermKind;
import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.incident.EventKind;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.NewReport;
import org.groundtruth.incident.Source;
import org.groundtruth.place.Location;
import org.groundtruth.time.IncidentDate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A person's acceptance of a candidate, as the ledger carries it out: either a new draft incident with these facts, or
 * the report added to an existing incident; the report keeps the whole text as its source. Made by {@link #newIncident}
 * or {@link #toIncident}, which turn the candidate and the person's corrections into the incident's facts and report.
 *
 * @param incidentId the existing incident to add the report to, or null for a new draft incident
 * @param facts      the new incident's facts (null when adding to an existing one)
 * @param report     the report: the text whole, its URL and SHA-256
 * @param corrected  the fields the person changed from what was proposed
 * @param reason     why, if they said (needed when the incident is published: the report then waits for a reviewer)
 */
public record Acceptance(Long incidentId, IncidentFacts facts, NewReport report, List<String> corrected, String reason) {
    /** The dataset name of reports made from pasted texts; public submissions are {@link #SUBMISSION_DATASET}. */
    public static final String DATASET = "text-intake";
    public static final String SUBMISSION_DATASET = "public-submission";
    private static final int SUMMARY_CHARS = 600;
    private static final Set<String> MISSILES = Set.of("ballistic_missile", "cruise_missile", "Iskander", "Kinzhal", "Kalibr", "Kh-101", "S-300");

    public Acceptance {
        if ((incidentId == null) == (facts == null)) throw new IllegalArgumentException("an acceptance makes a new incident or adds to one, not both");
        Objects.requireNonNull(report, "report");
        corrected = corrected == null ? List.of() : List.copyOf(corrected);
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    /**
     * A new draft incident from the candidate, with the person's corrections over what was extracted.
     *
     * @throws IllegalArgumentException naming the field ("date: ...") when the incident would lack what it needs
     */
    public static Acceptance newIncident(StoredText text, StoredCandidate candidate, Corrections corrections, String reason) {
        CandidateValues v = candidate.proposed();
        Corrections c = corrections == null ? Corrections.NONE : corrections;
        IncidentDate date = c.date() != null ? c.date() : v.date() == null ? null : v.date().date();
        if (date == null) throw new IllegalArgumentException("date: the text gives no date for this strike; give one to accept it");
        Location location = c.location() != null ? c.location()
                : v.place() != null ? v.place().location() : Location.unplaced(null, null, null, null);
        Casualties casualties = new Casualties(count(v, c, CandidateValues.Figure.KILLED), count(v, c, CandidateValues.Figure.INJURED),
                count(v, c, CandidateValues.Figure.CHILDREN), count(v, c, CandidateValues.Figure.WOMEN), count(v, c, CandidateValues.Figure.MEN));
        Set<CivilianObject> objects = c.objects() != null ? c.objects() : v.objects();
        List<String> perpetrators = c.perpetrators() != null ? c.perpetrators() : perpetrators(v);
        List<String> weapons = c.weapons() != null ? c.weapons() : weapons(v);
        EventKind kind = c.kind() != null ? c.kind() : kind(v);
        String title = c.title() != null ? c.title() : title(objects, location);
        String summary = c.summary() != null ? c.summary() : summary(text.text(), v);
        IncidentFacts facts = new IncidentFacts(title, summary, date, location, casualties, objects, perpetrators, weapons, kind);
        return new Acceptance(null, facts, report(text, candidate), corrected(text.text(), v, c), reason);
    }

    /** The candidate's report added to an existing incident, whose facts stay as they are. */
    public static Acceptance toIncident(long incidentId, StoredText text, StoredCandidate candidate, String reason) {
        return new Acceptance(incidentId, null, report(text, candidate), List.of(), reason);
    }

    /**
     * The report: the whole text as its source, with its URL and SHA-256. Its origin key names the candidate, so one
     * candidate can never become two reports. The author of a pasted post names the source (a channel, an outlet); a
     * public submission is named as such, never by its sender.
     */
    public static NewReport report(StoredText text, StoredCandidate candidate) {
        boolean submitted = text.origin() == TextOrigin.SUBMITTED;
        String name = submitted ? "Public submission" : text.author() != null ? text.author() : host(text.url()) != null ? host(text.url()) : "Text pasted by an investigator";
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("sha256", text.sha256());
        if (text.pageSha256() != null) fields.put("pageSha256", text.pageSha256());
        if (text.publishedAt() != null) fields.put("published", text.publishedAt().toString());
        fields.put("extent", candidate.proposed().extent().start() + ".." + candidate.proposed().extent().end());
        return new NewReport(originKey(candidate.id()), new Source(name, submitted ? SUBMISSION_DATASET : DATASET, submitted ? null : text.url()),
                text.text(), text.language(), fields);
    }

    public static String originKey(long candidateId) {
        return "intake:candidate:" + candidateId;
    }

    private static CountRange count(CandidateValues v, Corrections c, CandidateValues.Figure f) {
        return c.counts().containsKey(f) ? c.counts().get(f) : v.count(f);
    }

    /** The parties named as acting; a party named only as replying ("Moscow called the reports fabricated") is not alleged. */
    static List<String> perpetrators(CandidateValues v) {
        List<String> out = new ArrayList<>();
        for (CandidateValues.TermValue t : v.terms()) {
            if (t.kind() != TermKind.PARTY) continue;
            boolean replying = v.responses().stream().anyMatch(r -> r.partySpan().overlaps(t.span()));
            String label = t.code().replace('_', ' ').replace("+", " or ");
            if (!replying && !out.contains(label)) out.add(label);
        }
        return out;
    }

    static List<String> weapons(CandidateValues v) {
        List<String> out = new ArrayList<>(v.codes(TermKind.AIRCRAFT));
        for (String m : v.codes(TermKind.MUNITION)) if (!out.contains(m)) out.add(m);
        return out.stream().map(w -> w.replace('_', ' ')).toList();
    }

    static EventKind kind(CandidateValues v) {
        List<String> events = v.codes(TermKind.EVENT);
        if (events.contains("strike")) {
            return v.codes(TermKind.MUNITION).stream().anyMatch(MISSILES::contains) ? EventKind.MISSILE : EventKind.AIR_STRIKE;
        }
        if (events.contains("shelling")) return EventKind.SHELLING;
        if (events.contains("clashes")) return EventKind.GROUND_FIGHTING;
        return EventKind.UNKNOWN;
    }

    /** "Strike on a market in Ariha", "Strike in Kafr Nabl", "Strike in Idlib governorate". */
    static String title(Set<CivilianObject> objects, Location where) {
        String place = where.placeName() != null ? where.placeName() : where.governorate() != null ? where.governorate() + " governorate" : null;
        String object = objects.stream().filter(o -> o != CivilianObject.OTHER).findFirst().map(CivilianObject::label).orElse(null);
        StringBuilder b = new StringBuilder("Strike");
        if (object != null) b.append(" on ").append(article(object)).append(object);
        if (place != null) b.append(" in ").append(place);
        return b.toString();
    }

    private static String article(String noun) {
        return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ";
    }

    /** The part of the text that describes the strike, cut at a word near {@value #SUMMARY_CHARS} characters. */
    static String summary(String text, CandidateValues v) {
        String s = v.extent().of(text).strip().replaceAll("\\s+", " ");
        if (s.length() <= SUMMARY_CHARS) return s;
        int cut = s.lastIndexOf(' ', SUMMARY_CHARS);
        return s.substring(0, cut > SUMMARY_CHARS / 2 ? cut : SUMMARY_CHARS) + " …";
    }

    /** The fields whose corrected value differs from what was extracted. */
    static List<String> corrected(String text, CandidateValues v, Corrections c) {
        List<String> out = new ArrayList<>();
        Location proposedPlace = v.place() != null ? v.place().location() : Location.unplaced(null, null, null, null);
        if (c.title() != null && !c.title().equals(title(v.objects(), proposedPlace))) out.add("title");
        if (c.summary() != null && !c.summary().equals(summary(text, v))) out.add("summary");
        if (c.date() != null && (v.date() == null || !c.date().equals(v.date().date()))) out.add("date");
        if (c.location() != null && !c.location().equals(proposedPlace)) out.add("place");
        c.counts().forEach((f, range) -> {
            if (!range.equals(v.count(f))) out.add(f.code());
        });
        if (c.objects() != null && !c.objects().equals(v.objects())) out.add("objects");
        if (c.perpetrators() != null && !c.perpetrators().equals(perpetrators(v))) out.add("perpetrators");
        if (c.weapons() != null && !c.weapons().equals(weapons(v))) out.add("weapons");
        if (c.kind() != null && c.kind() != kind(v)) out.add("kind");
        return out;
    }

    private static String host(String url) {
        if (url == null) return null;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://(?:[^@/]*@)?([^/:?#]+)").matcher(url.strip());
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "") : null;
    }
}
