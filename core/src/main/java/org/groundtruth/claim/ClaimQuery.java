package org.groundtruth.claim;

import java.time.LocalDate;

/**
 * A filter over the claims ledger. Null fields do not filter.
 *
 * @param party   part of the party's name, case-insensitive
 * @param placed  true: claims with coordinates; false: the unplaced ones (kept and listed, never dropped)
 * @param from    claims whose strike window ends on or after this day
 * @param to      claims whose strike window starts on or before this day
 * @param matched true: claims with at least one matched incident ("civilian harm reported nearby"); false: none
 */
public record ClaimQuery(String party, Boolean placed, LocalDate from, LocalDate to, Boolean matched, int limit, long offset) {
    public static final int MAX_LIMIT = 10_000;

    public ClaimQuery {
        party = SourceDocument.blankToNull(party);
        if (limit < 0 || limit > MAX_LIMIT) throw new IllegalArgumentException("limit " + limit + " is outside 0.." + MAX_LIMIT);
        if (offset < 0) throw new IllegalArgumentException("offset " + offset + " is negative");
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("period ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public static ClaimQuery all() {
        return new ClaimQuery(null, null, null, null, null, 100, 0);
    }

    public ClaimQuery withParty(String p) { return new ClaimQuery(p, placed, from, to, matched, limit, offset); }
    public ClaimQuery withPlaced(Boolean p) { return new ClaimQuery(party, p, from, to, matched, limit, offset); }
    public ClaimQuery withPeriod(LocalDate f, LocalDate t) { return new ClaimQuery(party, placed, f, t, matched, limit, offset); }
    public ClaimQuery withMatched(Boolean m) { return new ClaimQuery(party, placed, from, to, m, limit, offset); }
    public ClaimQuery page(int l, long o) { return new ClaimQuery(party, placed, from, to, matched, l, o); }
}
