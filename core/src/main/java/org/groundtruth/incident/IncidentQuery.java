package org.groundtruth.incident;

import java.time.LocalDate;
import java.util.Set;

/**
 * A filter over incidents. Null fields do not filter. Text filters match case-insensitively:
 * {@code actor} against alleged perpetrators, {@code text} against titles, summaries, place names and report texts.
 *
 * @param from   incidents whose date window ends on or after this day
 * @param to     incidents whose date window starts on or before this day
 * @param placed true: only placed incidents; false: only unplaced ones
 * @param statuses only incidents in one of these review statuses; null for all. The web layer sets it from who is
 *                 asking (the public: published only), so that unpublished incidents are neither listed nor counted.
 * @param claimed  true: only incidents with a stored matching claim ("the party says it struck here that day");
 *                 false: only incidents no claim matched; null: both
 * @param grade  code of the effective grade ("fair"; see {@code grading.Grade}), as last assessed or overridden
 * @param party  code of an attributed party ("russian_military", or "unknown"), as last assessed
 * @param sort   the order of the page; null is {@link IncidentSort#DATE} (oldest strike first)
 * @param kinds  only incidents of one of these event kinds; null for all ({@link EventKind#STRIKES} is what the
 *               map and lists ask for by default)
 */
public record IncidentQuery(BoundingBox bbox, LocalDate from, LocalDate to, String actor, CivilianObject object,
                            String governorate, String text, Boolean placed, int limit, long offset,
                            Set<IncidentStatus> statuses, Boolean claimed, String grade, String party, IncidentSort sort,
                            Set<EventKind> kinds) {

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
        statuses = statuses == null ? null : Set.copyOf(statuses);
        grade = blankToNull(grade);
        party = blankToNull(party);
        sort = sort == null ? IncidentSort.DATE : sort;
        kinds = kinds == null ? null : Set.copyOf(kinds);
    }

    /** A query over incidents of every kind. */
    public IncidentQuery(BoundingBox bbox, LocalDate from, LocalDate to, String actor, CivilianObject object,
                         String governorate, String text, Boolean placed, int limit, long offset, Set<IncidentStatus> statuses,
                         Boolean claimed, String grade, String party, IncidentSort sort) {
        this(bbox, from, to, actor, object, governorate, text, placed, limit, offset, statuses, claimed, grade, party, sort, null);
    }

    /** A query in date order, oldest strike first. */
    public IncidentQuery(BoundingBox bbox, LocalDate from, LocalDate to, String actor, CivilianObject object,
                         String governorate, String text, Boolean placed, int limit, long offset, Set<IncidentStatus> statuses,
                         Boolean claimed, String grade, String party) {
        this(bbox, from, to, actor, object, governorate, text, placed, limit, offset, statuses, claimed, grade, party, null);
    }

    /** A query without the assessment filters. */
    public IncidentQuery(BoundingBox bbox, LocalDate from, LocalDate to, String actor, CivilianObject object,
                         String governorate, String text, Boolean placed, int limit, long offset, Set<IncidentStatus> statuses,
                         Boolean claimed) {
        this(bbox, from, to, actor, object, governorate, text, placed, limit, offset, statuses, claimed, null, null);
    }

    /** A query over incidents in these statuses, claimed or not. */
    public IncidentQuery(BoundingBox bbox, LocalDate from, LocalDate to, String actor, CivilianObject object,
                         String governorate, String text, Boolean placed, int limit, long offset, Set<IncidentStatus> statuses) {
        this(bbox, from, to, actor, object, governorate, text, placed, limit, offset, statuses, null, null, null);
    }

    /** A query over incidents of every status, claimed or not. */
    public IncidentQuery(BoundingBox bbox, LocalDate from, LocalDate to, String actor, CivilianObject object,
                         String governorate, String text, Boolean placed, int limit, long offset) {
        this(bbox, from, to, actor, object, governorate, text, placed, limit, offset, null, null, null, null);
    }

    public static IncidentQuery all() {
        return new IncidentQuery(null, null, null, null, null, null, null, null, 100, 0, null, null, null, null);
    }

    public IncidentQuery withBbox(BoundingBox b) { return new IncidentQuery(b, from, to, actor, object, governorate, text, placed, limit, offset, statuses, claimed, grade, party, sort, kinds); }
    public IncidentQuery withPeriod(LocalDate f, LocalDate t) { return new IncidentQuery(bbox, f, t, actor, object, governorate, text, placed, limit, offset, statuses, claimed, grade, party, sort, kinds); }
    public IncidentQuery withActor(String a) { return new IncidentQuery(bbox, from, to, a, object, governorate, text, placed, limit, offset, statuses, claimed, grade, party, sort, kinds); }
    public IncidentQuery withObject(CivilianObject o) { return new IncidentQuery(bbox, from, to, actor, o, governorate, text, placed, limit, offset, statuses, claimed, grade, party, sort, kinds); }
    public IncidentQuery withGovernorate(String g) { return new IncidentQuery(bbox, from, to, actor, object, g, text, placed, limit, offset, statuses, claimed, grade, party, sort, kinds); }
    public IncidentQuery withText(String q) { return new IncidentQuery(bbox, from, to, actor, object, governorate, q, placed, limit, offset, statuses, claimed, grade, party, sort, kinds); }
    public IncidentQuery withPlaced(Boolean p) { return new IncidentQuery(bbox, from, to, actor, object, governorate, text, p, limit, offset, statuses, claimed, grade, party, sort, kinds); }
    public IncidentQuery withStatuses(Set<IncidentStatus> s) { return new IncidentQuery(bbox, from, to, actor, object, governorate, text, placed, limit, offset, s, claimed, grade, party, sort, kinds); }
    public IncidentQuery withClaimed(Boolean c) { return new IncidentQuery(bbox, from, to, actor, object, governorate, text, placed, limit, offset, statuses, c, grade, party, sort, kinds); }
    public IncidentQuery withGrade(String g) { return new IncidentQuery(bbox, from, to, actor, object, governorate, text, placed, limit, offset, statuses, claimed, g, party, sort, kinds); }
    public IncidentQuery withParty(String p) { return new IncidentQuery(bbox, from, to, actor, object, governorate, text, placed, limit, offset, statuses, claimed, grade, p, sort, kinds); }
    public IncidentQuery withSort(IncidentSort s) { return new IncidentQuery(bbox, from, to, actor, object, governorate, text, placed, limit, offset, statuses, claimed, grade, party, s, kinds); }
    public IncidentQuery withKinds(Set<EventKind> k) { return new IncidentQuery(bbox, from, to, actor, object, governorate, text, placed, limit, offset, statuses, claimed, grade, party, sort, k); }
    public IncidentQuery page(int l, long o) { return new IncidentQuery(bbox, from, to, actor, object, governorate, text, placed, l, o, statuses, claimed, grade, party, sort, kinds); }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
