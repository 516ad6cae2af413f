package org.groundtruth.extraction;

import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.gazetteer.Place;
import org.groundtruth.time.IncidentDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Turns the mentions of a text into candidate strikes. A sentence that gives figures for two places ("five killed in
 * Saraqib and three in Arnabeh") or for two days ("four killed today; yesterday's toll rose to 13") is cut into
 * clauses, each taking the mentions nearest to it. Clauses join the strike of the same place and day; a clause
 * without a place elaborates the strike before it. A strike placed only at a governorate (or nowhere) whose figure
 * covers two or more strikes inside it is a summary and is dropped; with one strike inside, it is the same strike.
 * What names no harm (a take-off, a list of towns) proposes nothing.
 */
final class StrikeGrouper {
    private static final Set<String> HARM_EVENTS = Set.of("strike", "shelling", "explosion", "clashes", "killing", "execution");

    /** How far ahead a figure's place may be written ("killed five civilians, among them three children, in Saraqib"). */
    private static final int PLACE_AHEAD_CHARS = 80;

    private final List<Token> tokens;
    private final LocalDate published;
    private final boolean placeFollowsFigure;
    /** Words of killing or wounding ("killed", "casualties", "human losses"): acts of harm where a sentence is cut. */
    private List<Span> harmWordSpans = List.of();

    /**
     * @param placeFollowsFigure English and Arabic reports mostly write the figure before its place ("killed 5 in X",
     *                           "مقتل خمسة ... في X"); Ukrainian ones often the place first ("У Сумах 8 загиблих")
     */
    StrikeGrouper(List<Token> tokens, LocalDate published, boolean placeFollowsFigure) {
        this.tokens = tokens;
        this.published = published;
        this.placeFollowsFigure = placeFollowsFigure;
    }

    StrikeGrouper withHarmWords(List<Span> spans) {
        this.harmWordSpans = List.copyOf(spans);
        return this;
    }

    /** The mentions of one clause or one strike. */
    private static final class Unit {
        int from, to;
        final List<PlaceMention> places = new ArrayList<>();
        final List<DateMention> dates = new ArrayList<>();
        final List<CasualtyMention> casualties = new ArrayList<>();
        final List<TermMention> terms = new ArrayList<>();
        boolean harm;

        Unit(int from, int to) {
            this.from = from;
            this.to = to;
        }

        PlaceMention place() {
            for (PlaceMention.Role r : PlaceMention.Role.values()) {
                for (PlaceMention p : places) if (p.role() == r) return p;
            }
            return null;
        }

        /** The first date stated outright, else the first relative one ("today, 1 October 2016" is 1 October 2016). */
        DateMention date() {
            for (DateMention d : dates) if (d.basis() == DateMention.Basis.STATED) return d;
            return dates.isEmpty() ? null : dates.get(0);
        }

        void absorb(Unit o) {
            from = Math.min(from, o.from);
            to = Math.max(to, o.to);
            places.addAll(o.places);
            dates.addAll(o.dates);
            casualties.addAll(o.casualties);
            terms.addAll(o.terms);
            harm |= o.harm;
        }

        boolean hasSite() {
            PlaceMention p = place();
            return p != null && p.role() == PlaceMention.Role.SITE;
        }

        Integer killedMin() {
            CasualtyFigure k = CandidateCasualties.of(casualties).killed();
            return k == null ? null : k.count().min();
        }
    }

    List<CandidateReport> group(List<DateMention> dates, List<PlaceMention> places, List<CasualtyMention> casualties,
                                List<TermMention> terms, List<ResponseMention> responses, boolean[] harmSentence) {
        int sentences = tokens.isEmpty() ? 0 : tokens.get(tokens.size() - 1).sentence() + 1;
        List<Unit> strikes = new ArrayList<>();
        for (int s = 0; s < sentences; s++) {
            for (Unit clause : clauses(s, dates, places, casualties, terms, harmSentence[s])) merge(strikes, clause);
        }
        dropSummaries(strikes);
        List<TermMention> textTerms = terms;
        List<CandidateReport> out = new ArrayList<>();
        for (Unit u : strikes) {
            if (!u.harm) continue;
            out.add(report(u, dates, textTerms, responses));
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ clauses

    private List<Unit> clauses(int sentence, List<DateMention> dates, List<PlaceMention> places, List<CasualtyMention> casualties,
                               List<TermMention> terms, boolean harmWords) {
        int from = Integer.MAX_VALUE, to = -1;
        for (Token t : tokens) {
            if (t.sentence() != sentence) continue;
            from = Math.min(from, t.span().start());
            to = Math.max(to, t.span().end());
        }
        if (to < 0) return List.of();
        final int f = from, e = to;
        List<PlaceMention> ps = places.stream().filter(p -> within(p.span(), f, e)).toList();
        List<DateMention> ds = dates.stream().filter(d -> d.span() != null && within(d.span(), f, e)).toList();
        List<CasualtyMention> cs = casualties.stream().filter(c -> within(c.span(), f, e)).toList();
        List<TermMention> ts = terms.stream().filter(t -> within(t.span(), f, e)).toList();
        List<CasualtyMention> totals = cs.stream().filter(c -> c.isTotal() && !c.cumulative()).toList();

        List<Span> anchors = anchors(ps.stream().filter(p -> p.role() == PlaceMention.Role.SITE).map(PlaceMention::span).toList(),
                ps.stream().filter(p -> p.role() == PlaceMention.Role.SITE).toList(), totals);
        if (anchors.size() >= 2) {
            // areas named beside the sites ("in Idlib province") take the figures nearest them: a summary, dropped later
            List<Span> withAreas = new ArrayList<>(anchors);
            for (PlaceMention p : ps) if (p.role() == PlaceMention.Role.AREA) withAreas.add(p.span());
            withAreas.sort(Comparator.naturalOrder());
            anchors = withAreas;
        }
        if (anchors.size() < 2) anchors = dateAnchors(ds, totals);
        List<PlaceMention> distinctSites = distinctSites(ps);
        if (anchors.size() < 2 && distinctSites.size() >= 2 && totals.size() == 1) return oneTollForSeveralSites(from, to, ps, ds, cs, ts, distinctSites);
        if (anchors.size() < 2) {
            List<Unit> events = eventClauses(from, to, ps, ds, cs, ts, harmWords);
            if (events.size() >= 2) return events;
            Unit u = new Unit(from, to);
            u.places.addAll(ps);
            u.dates.addAll(ds);
            u.casualties.addAll(cs);
            u.terms.addAll(ts);
            u.harm = harmWords || !cs.isEmpty() || ts.stream().anyMatch(StrikeGrouper::isHarmTerm);
            return List.of(u);
        }
        List<Unit> units = new ArrayList<>();
        for (Span a : anchors) units.add(new Unit(a.start(), a.end()));
        for (PlaceMention p : ps) nearest(units, anchors, p.span()).places.add(p);
        for (DateMention d : ds) nearest(units, anchors, d.span()).dates.add(d);
        Unit lastTotal = null;
        for (CasualtyMention c : cs) {
            Span ahead = placeFollowsFigure ? followingSpan(anchors, c.span()) : null;
            Unit u = c.subgroup() && lastTotal != null ? lastTotal : ahead != null ? units.get(anchors.indexOf(ahead)) : nearest(units, anchors, c.span());
            u.casualties.add(c);
            if (!c.subgroup()) lastTotal = u;
        }
        for (TermMention t : ts) nearest(units, anchors, t.span()).terms.add(t);
        for (Unit u : units) u.harm = harmWords || !u.casualties.isEmpty();
        return units;
    }

    /**
     * "Shells hit Damascus and clashes around Talbisa": a sentence that names two or more acts of harm (a strike,
     * shelling, clashes, a munition), each followed by a place of its own, describes one strike per act. The sentence is
     * cut before each act; a piece without a place joins the piece after it (the first) or before it. Figures, dates
     * and terms stay in their piece; a date before the first act, or the only date, serves every piece. Nothing is cut
     * when fewer than two pieces name distinct places.
     */
    private List<Unit> eventClauses(int from, int to, List<PlaceMention> ps, List<DateMention> ds, List<CasualtyMention> cs,
                                    List<TermMention> ts, boolean harmWords) {
        List<Integer> cuts = new ArrayList<>();
        List<Integer> acts = new ArrayList<>();
        for (TermMention t : ts) if (isHarmAct(t)) acts.add(t.span().start());
        for (Span w : harmWordSpans) if (w.start() >= from && w.end() <= to) acts.add(w.start());
        java.util.Collections.sort(acts);
        for (int at : acts) {
            if (!cuts.isEmpty() && ps.stream().noneMatch(p -> p.span().start() >= cuts.get(cuts.size() - 1) && p.span().end() <= at)) continue;
            cuts.add(at);
        }
        if (cuts.size() < 2) return List.of();
        cuts.set(0, from);
        List<Unit> pieces = new ArrayList<>();
        for (int i = 0; i < cuts.size(); i++) pieces.add(new Unit(cuts.get(i), i + 1 < cuts.size() ? cuts.get(i + 1) : to));
        for (PlaceMention p : ps) pieceAt(pieces, p.span()).places.add(p);
        for (CasualtyMention c : cs) pieceAt(pieces, c.span()).casualties.add(c);
        for (TermMention t : ts) pieceAt(pieces, t.span()).terms.add(t);
        List<Unit> placed = new ArrayList<>();
        for (Unit u : pieces) {
            if (u.place() == null) {
                if (placed.isEmpty()) continue;
                placed.get(placed.size() - 1).absorb(u);
            } else {
                placed.add(u);
            }
        }
        if (placed.size() < 2) return List.of();
        for (Unit u : pieces) {   // a first piece without a place ("12 killed when warplanes struck X") joins the next
            if (u.place() != null) break;
            placed.get(0).absorb(u);
        }
        for (int i = 0; i < placed.size(); i++) {
            for (int j = 0; j < i; j++) if (samePlace(placed.get(i).place(), placed.get(j).place())) return List.of();
        }
        for (DateMention d : ds) {
            Unit own = pieceAt(placed, d.span());
            if (ds.size() == 1 || d.span().start() < placed.get(0).from || own == placed.get(0)) {
                for (Unit u : placed) if (!u.dates.contains(d)) u.dates.add(d);
            } else {
                own.dates.add(d);
            }
        }
        for (Unit u : placed) u.harm = harmWords || !u.casualties.isEmpty() || u.terms.stream().anyMatch(StrikeGrouper::isHarmTerm);
        return placed;
    }

    private static final Set<String> NEAR = PlaceWords.norm("near", "قرب", "بالقرب", "біля", "поблизу");

    private boolean afterNear(PlaceMention p) {
        int k = Token.indexAt(tokens, p.span().start()) - 1;
        while (k >= 0 && !tokens.get(k).isWord() && !tokens.get(k).isNumber()) k--;
        return k >= 0 && tokens.get(k).isAny(NEAR);
    }

    private static Unit pieceAt(List<Unit> pieces, Span s) {
        Unit at = pieces.get(0);
        for (Unit u : pieces) if (u.from <= s.start()) at = u;
        return at;
    }

    private static boolean isHarmAct(TermMention t) {
        return t.kind() == TermKind.MUNITION || t.kind() == TermKind.EVENT && HARM_EVENTS.contains(t.code());
    }

    private static List<PlaceMention> distinctSites(List<PlaceMention> places) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention p : places) {
            if (p.role() != PlaceMention.Role.SITE) continue;
            if (out.stream().noneMatch(o -> samePlace(o, p))) out.add(p);
        }
        return out;
    }

    /**
     * "Shelling of Kramatorsk and Druzhkivka killed five": one toll for several places. Each place is a strike of its
     * own, without a figure; the toll goes to a clause without a place, which the summary rule drops when later
     * sentences give the places their own figures.
     */
    private List<Unit> oneTollForSeveralSites(int from, int to, List<PlaceMention> ps, List<DateMention> ds, List<CasualtyMention> cs,
                                              List<TermMention> ts, List<PlaceMention> sites) {
        List<Unit> units = new ArrayList<>();
        Unit toll = new Unit(from, to);
        toll.casualties.addAll(cs);
        toll.dates.addAll(ds);
        toll.places.addAll(ps.stream().filter(p -> p.role() != PlaceMention.Role.SITE).toList());
        toll.harm = true;
        units.add(toll);
        for (PlaceMention site : sites) {
            Unit u = new Unit(from, to);
            u.places.add(site);
            u.dates.addAll(ds);
            u.terms.addAll(ts);
            u.harm = true;
            units.add(u);
        }
        return units;
    }

    /** Sites that each took a casualty total: the sentence describes one strike per such site. */
    private List<Span> anchors(List<Span> siteSpans, List<PlaceMention> sites, List<CasualtyMention> totals) {
        if (sites.size() < 2 || totals.size() < 2) return List.of();
        List<Span> used = new ArrayList<>();
        for (CasualtyMention c : totals) {
            Span best = placeFollowsFigure ? followingSpan(siteSpans, c.span()) : null;
            if (best == null) best = nearestSpan(siteSpans, c.span());
            if (!used.contains(best)) used.add(best);
        }
        // two mentions of one place are one anchor
        List<Span> distinct = new ArrayList<>();
        for (Span s : used) {
            PlaceMention p = sites.get(siteSpans.indexOf(s));
            boolean same = false;
            for (Span d : distinct) same |= samePlace(sites.get(siteSpans.indexOf(d)), p);
            if (!same) distinct.add(s);
        }
        distinct.sort(Comparator.naturalOrder());
        return distinct;
    }

    private static List<Span> dateAnchors(List<DateMention> dates, List<CasualtyMention> totals) {
        if (dates.size() < 2 || totals.size() < 2) return List.of();
        List<Span> used = new ArrayList<>();
        List<IncidentDate> seen = new ArrayList<>();
        for (CasualtyMention c : totals) {
            Span best = nearestSpan(dates.stream().map(DateMention::span).toList(), c.span());
            IncidentDate d = dates.stream().filter(x -> x.span().equals(best)).findFirst().orElseThrow().date();
            if (!seen.contains(d)) {
                seen.add(d);
                used.add(best);
            }
        }
        used.sort(Comparator.naturalOrder());
        return used;
    }

    private static Span followingSpan(List<Span> spans, Span s) {
        Span best = null;
        for (Span a : spans) {
            if (a.start() >= s.end() && a.start() - s.end() <= PLACE_AHEAD_CHARS && (best == null || a.start() < best.start())) best = a;
        }
        return best;
    }

    private static Unit nearest(List<Unit> units, List<Span> anchors, Span s) {
        return units.get(anchors.indexOf(nearestSpan(anchors, s)));
    }

    /** The span closest to s; on a tie the one after s (a figure is usually followed by its place: "killed 5 in X"). */
    private static Span nearestSpan(List<Span> spans, Span s) {
        Span best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Span a : spans) {
            int d = a.start() >= s.end() ? a.start() - s.end() : s.start() >= a.end() ? s.start() - a.end() : 0;
            if (a.start() >= s.end()) d -= 1;   // ties go to the following anchor
            if (d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return best;
    }

    private static boolean within(Span s, int from, int to) {
        return s.start() >= from && s.end() <= to;
    }

    private static boolean isHarmTerm(TermMention t) {
        return switch (t.kind()) {
            case OBJECT, MUNITION -> true;
            case EVENT -> HARM_EVENTS.contains(t.code());
            default -> false;
        };
    }

    // ------------------------------------------------------------------------------------------------ strikes

    private static void merge(List<Unit> strikes, Unit clause) {
        PlaceMention place = clause.place();
        Unit last = strikes.isEmpty() ? null : strikes.get(strikes.size() - 1);
        if (place == null || place.role() != PlaceMention.Role.SITE && last != null && !clause.harm) {
            boolean newDay = last != null && clause.date() != null && last.date() != null && !clause.date().date().equals(last.date().date())
                    && clause.casualties.stream().anyMatch(CasualtyMention::isTotal);
            if (last == null || newDay) strikes.add(clause);
            else last.absorb(clause);
            return;
        }
        for (int i = strikes.size() - 1; i >= 0; i--) {
            Unit u = strikes.get(i);
            if (u.place() != null && samePlace(u.place(), place) && compatible(u.date(), clause.date())) {
                u.absorb(clause);
                return;
            }
        }
        if (last != null && last.place() == null && !last.casualties.isEmpty() && clause.casualties.isEmpty()) {
            last.absorb(clause);   // "12 killed in raids. The strikes hit Ariha." : the place of the strike before
            return;
        }
        strikes.add(clause);
    }

    private static boolean compatible(DateMention a, DateMention b) {
        return a == null || b == null || a.date().overlaps(b.date().firstDay(), b.date().lastDay());
    }

    static boolean samePlace(PlaceMention a, PlaceMention b) {
        Place p = a.match().place(), q = b.match().place();
        if (p.equals(q)) return true;
        if (p.isGovernorate() || q.isGovernorate()) return false;
        return p.point().distanceKm(q.point()) <= Gazetteer.SAME_PLACE_KM;
    }

    /** Governorate-level or unplaced strikes whose toll covers the sited strikes inside them are summaries. */
    private static void dropSummaries(List<Unit> strikes) {
        for (int i = 0; i < strikes.size(); i++) {
            Unit u = strikes.get(i);
            if (u.hasSite()) continue;
            String governorate = u.place() == null ? null : u.place().governorate();
            List<Unit> inside = new ArrayList<>();
            for (Unit v : strikes) {
                if (v != u && v.hasSite() && (governorate == null || governorate.equals(v.place().governorate()))) inside.add(v);
            }
            if (inside.isEmpty()) continue;
            if (inside.size() == 1 && u.killedMin() != null && inside.get(0).killedMin() != null && u.killedMin() < inside.get(0).killedMin()) continue;
            // a smaller toll than the one strike inside cannot be its summary: "15 killed in Salhin ... 7 killed in a village
            // of Aleppo countryside" (a village the gazetteer lacks) is another strike
            boolean smallerToll = inside.size() == 1 && u.killedMin() != null && inside.get(0).killedMin() != null
                    && u.killedMin() < inside.get(0).killedMin();
            if (inside.size() == 1 && compatible(u.date(), inside.get(0).date()) && !smallerToll) {
                Unit v = inside.get(0);
                boolean vHasFigures = v.killedMin() != null;
                if (vHasFigures) u.casualties.clear();
                v.absorb(u);
                strikes.remove(i--);
                continue;
            }
            Integer total = u.killedMin();
            int sum = 0;
            for (Unit v : inside) sum += v.killedMin() == null ? 0 : v.killedMin();
            if (inside.size() >= 2 && (total == null || total >= sum - 1)) {
                for (Unit v : inside) if (v.terms.stream().noneMatch(t -> t.kind() == TermKind.PARTY)) {
                    v.terms.addAll(u.terms.stream().filter(t -> t.kind() == TermKind.PARTY).toList());
                }
                strikes.remove(i--);
            }
        }
    }

    private CandidateReport report(Unit u, List<DateMention> allDates, List<TermMention> textTerms, List<ResponseMention> responses) {
        DateMention date = u.date();
        if (date == null) date = precedingDate(allDates, u.from);
        if (date == null && published != null) {
            date = new DateMention(IncidentDate.between(published.minusDays(1), published), null, DateMention.Basis.ASSUMED_FROM_PUBLICATION, null);
        }
        List<TermMention> terms = new ArrayList<>(u.terms);
        for (TermKind k : List.of(TermKind.PARTY, TermKind.AIRCRAFT, TermKind.MUNITION, TermKind.BASE)) {
            if (terms.stream().noneMatch(t -> t.kind() == k)) terms.addAll(textTerms.stream().filter(t -> t.kind() == k).toList());
        }
        terms.sort(Comparator.comparing(TermMention::span));
        List<PlaceMention> places = new ArrayList<>(u.places);
        places.sort(Comparator.comparing(PlaceMention::span));
        PlaceMention place = severalSites(u) ? null : u.place();
        return new CandidateReport(new Span(u.from, u.to), date, place, places, CandidateCasualties.of(u.casualties), terms, responses);
    }

    /**
     * True when a strike names sites in two or more governorates ("Shelling targets Khan Shaykhun and casualties in
     * al-Fu'ah and Deir Ezzor city"): which is the strike's is not said, so none is proposed as its place; all stay
     * among its places for the reviewer.
     */
    private boolean severalSites(Unit u) {
        // "Arnaba near Hama": the town a site is told to be near is no second site
        List<PlaceMention> sites = distinctSites(u.places.stream().filter(p -> !afterNear(p)).toList());
        if (sites.size() < 2) return false;
        String g = sites.get(0).governorate();
        for (PlaceMention p : sites) if (g == null || !g.equals(p.governorate())) return true;
        return false;
    }

    private static DateMention precedingDate(List<DateMention> dates, int before) {
        DateMention best = null;
        for (DateMention d : dates) if (d.span() != null && d.span().start() < before) best = d;
        return best;
    }
}
