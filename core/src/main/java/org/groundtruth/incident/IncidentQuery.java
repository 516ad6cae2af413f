package org.groundtruth.incident;

import java.time.LocalDate;

/**
 * A filter over incidents. Null fields do not filter. Text filters match case-insensitively:
 * {@code actor} against alleged perpetrators, {@code text} against titles, summaries, place names and report texts.
 *
 * @param from   incidents whose date window ends on or after this day
 * @param to     incidents whose date window starts on or before this day
 * @param placed true: only placed incidents; false: only unplaced ones
 * @param claimed true: only incidents with a stored matching claim ("the party says it struck here that day");
 *                false: only incidents no claim matched
 */
public record IncidentQuery(BoundingBox bbox, LocalDate from, LocalDate to, String actor, CivilianObject object,
                            String governorate, String text, Boolean placed, int limit, long offset, Boolean claimed) {

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
    }

    public IncidentQuery(BoundingBox bbox, LocalDate from, LocalDate to, String actor, CivilianObject object,
                         String governorate, String text, Boolean placed, int limit, long offset) {
        this(bbox, from, to, actor, object, governorate, text, placed, limit, offset, null);
    }

    public static IncidentQuery all() {
        return new IncidentQuery(null, null, null, null, null, null, null, null, 100, 0);
    }

    public IncidentQuery withBbox(BoundingBox b) { return new IncidentQuery(b, from, to, actor, object, governorate, text, placed, limit, offset, claimed); }
    public IncidentQuery withPeriod(LocalDate f, LocalDate t) { return new IncidentQuery(bbox, f, t, actor, object, governorate, text, placed, limit, offset, claimed); }
    public IncidentQuery withActor(String a) { return new IncidentQuery(bbox, from, to, a, object, governorate, text, placed, limit, offset, claimed); }
    public IncidentQuery withObject(CivilianObject o) { return new IncidentQuery(bbox, from, to, actor, o, governorate, text, placed, limit, offset, claimed); }
    public IncidentQuery withGovernorate(String g) { return new IncidentQuery(bbox, from, to, actor, object, g, text, placed, limit, offset, claimed); }
    public IncidentQuery withText(String q) { return new IncidentQuery(bbox, from, to, actor, object, governorate, q, placed, limit, offset, claimed); }
    public IncidentQuery withPlaced(Boolean p) { return new IncidentQuery(bbox, from, to, actor, object, governorate, text, p, limit, offset, claimed); }
    public IncidentQuery withClaimed(Boolean c) { return new IncidentQuery(bbox, from, to, actor, object, governorate, text, placed, limit, offset, c); }
    public IncidentQuery page(int l, long o) { return new IncidentQuery(bbox, from, to, actor, object, governorate, text, placed, l, o, claimed); }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
