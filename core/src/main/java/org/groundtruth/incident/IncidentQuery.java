package org.groundtruth.incident;

import java.time.LocalDate;

/**
 * A filter over incidents. Null fields do not filter. Text filters match case-insensitively:
 * {@code actor} against alleged perpetrators, {@code text} against titles, summaries, place names and report texts.
 *
 * @param from   incidents whose date window ends on or after this day
 * @param to     incidents whose date window starts on or before this day
 * @param placed true: only placed incidents; false: only unplaced ones
 * @param grade  code of the effective grade ("fair"; see {@code grading.Grade}), as last assessed or overridden
 * @param party  code of an attributed party ("russian_military", or "unknown"), as last assessed
 */
public record IncidentQuery(BoundingBox bbox, LocalDate from, LocalDate to, String actor, CivilianObject object,
                            String governorate, String text, Boolean placed, String grade, String party, int limit, long offset) {

    public static final int MAX_LIMIT = 10_000;

    public IncidentQuery {
        if (limit < 0 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit " + limit + " is outside 0.." + MAX_LIMIT);
        if (offset < 0) throw new IllegalArgumentException("offset " + offset + " is negative");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
        }
        actor = blankToNull(actor);
        governorate = blankToNull(governorate);
        text = blankToNull(text);
        grade = blankToNull(grade);
        party = blankToNull(party);
    }

    /** The older form without the assessment filters. */
    public IncidentQuery(BoundingBox bbox, LocalDate from, LocalDate to, String actor, CivilianObject object,
                         String governorate, String text, Boolean placed, int limit, long offset) {
        this(bbox, from, to, actor, object, governorate, text, placed, null, null, limit, offset);
    }

    public static IncidentQuery all() {
        return new IncidentQuery(null, null, null, null, null, null, null, null, null, null, 100, 0);
    }

    public IncidentQuery withBbox(BoundingBox b) { return new IncidentQuery(b, from, to, actor, object, governorate, text, placed, grade, party, limit, offset); }
    public IncidentQuery withPeriod(LocalDate f, LocalDate t) { return new IncidentQuery(bbox, f, t, actor, object, governorate, text, placed, grade, party, limit, offset); }
    public IncidentQuery withActor(String a) { return new IncidentQuery(bbox, from, to, a, object, governorate, text, placed, grade, party, limit, offset); }
    public IncidentQuery withObject(CivilianObject o) { return new IncidentQuery(bbox, from, to, actor, o, governorate, text, placed, grade, party, limit, offset); }
    public IncidentQuery withGovernorate(String g) { return new IncidentQuery(bbox, from, to, actor, object, g, text, placed, grade, party, limit, offset); }
    public IncidentQuery withText(String q) { return new IncidentQuery(bbox, from, to, actor, object, governorate, q, placed, grade, party, limit, offset); }
    public IncidentQuery withPlaced(Boolean p) { return new IncidentQuery(bbox, from, to, actor, object, governorate, text, p, grade, party, limit, offset); }
    public IncidentQuery withGrade(String g) { return new IncidentQuery(bbox, from, to, actor, object, governorate, text, placed, g, party, limit, offset); }
    public IncidentQuery withParty(String p) { return new IncidentQuery(bbox, from, to, actor, object, governorate, text, placed, grade, p, limit, offset); }
    public IncidentQuery page(int l, long o) { return new IncidentQuery(bbox, from, to, actor, object, governorate, text, placed, grade, party, l, o); }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
