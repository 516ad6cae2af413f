package org.groundtruth.extraction.evaluation;

import org.groundtruth.extraction.CandidateReport;
import org.groundtruth.extraction.CasualtyFigure;
import org.groundtruth.extraction.Extraction;
import org.groundtruth.extraction.PlaceLookup;
import org.groundtruth.extraction.PlaceMention;
import org.groundtruth.extraction.ResponseMention;
import org.groundtruth.extraction.TermKind;
import org.groundtruth.extraction.TermMention;
import org.groundtruth.extraction.TextExtractor;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.gazetteer.Place;
import org.groundtruth.gazetteer.PlaceMatch;
import org.groundtruth.incident.CountRange;
import org.groundtruth.time.IncidentDate;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Scores an extractor on labelled texts (docs/architecture/extraction.md, "How accuracy is measured").
 *
 * <p>Each labelled strike is paired with the unpaired candidate that agrees with it most (place, then day, then
 * killed), in text order. For each field of a paired strike: a right value counts right; a wrong value counts wrong
 * and missed; no value when one was labelled counts missed; a value where the label says the text states none counts
 * wrong. Strikes with no candidate count all their labelled values missed. Candidates with no labelled strike are
 * counted apart (candidate precision), not per field. Text-wide codes (responses, aircraft, munitions, bases, events)
 * are compared as sets.
 *
 * <p>A date is right when its window overlaps the labelled one and is no wider than a week (or than the label);
 * a place is right when it is the labelled gazetteer entry (the same place, or one within
 * {@link Gazetteer#SAME_PLACE_KM} km, or within the label's radius), at governorate level exactly when the label is;
 * a count is right when its range is the labelled range.
 */
public final class ExtractionScorer {
    public static final List<String> FIELDS = List.of("date", "place", "killed", "injured", "children", "women", "objects", "parties",
            "responses", "aircraft", "munitions", "bases", "events");
    private static final int MAX_MISSES = 400;

    private final PlaceLookup places;

    public ExtractionScorer(PlaceLookup places) {
        this.places = places;
    }

    public ScoreReport score(String set, List<LabelledText> texts, TextExtractor extractor) {
        Map<String, FieldScore> fields = new LinkedHashMap<>();
        for (String f : FIELDS) fields.put(f, new FieldScore(f, 0, 0, 0));
        List<String> misses = new ArrayList<>();
        int strikes = 0, candidates = 0, paired = 0;
        long nanos = 0;
        for (LabelledText t : texts) {
            long start = System.nanoTime();
            Extraction e = extractor.extract(t.source());
            nanos += System.nanoTime() - start;
            strikes += t.strikes().size();
            candidates += e.candidates().size();
            List<CandidateReport> free = new ArrayList<>(e.candidates());
            for (LabelledStrike gold : t.strikes()) {
                CandidateReport c = bestCandidate(gold, free);
                if (c != null) {
                    free.remove(c);
                    paired++;
                }
                Scoring s = new Scoring(t.id(), fields, misses);
                s.one("date", gold.date().state(), c == null || c.date() == null ? null : c.date().date(), d -> dateRight(gold.date(), d),
                        d -> d.display());
                s.one("place", gold.place().state(), c == null ? null : c.place(), p -> placeRight(gold.place(), p),
                        p -> p.match().place() + " from \"" + p.written() + "\"");
                if (c != null && c.place() != null && gold.place().state() == Gold.State.VALUE && !placeRight(gold.place(), c.place())) {
                    String level = otherLevel(gold.place(), c.place());
                    if (level != null) fields.put(level, fields.getOrDefault(level, new FieldScore(level, 0, 0, 0)).plus(0, 1, 0));
                }
                s.count("killed", gold.killed(), c == null ? null : c.casualties().killed());
                s.count("injured", gold.injured(), c == null ? null : c.casualties().injured());
                s.count("children", gold.children(), c == null ? null : c.casualties().children());
                s.count("women", gold.women(), c == null ? null : c.casualties().women());
                s.codes("objects", gold.objects(), c == null ? Set.of() : withoutVehicles(c.codes(TermKind.OBJECT)));
                s.codes("parties", gold.parties(), c == null ? Set.of() : new HashSet<>(c.codes(TermKind.PARTY)));
            }
            Scoring s = new Scoring(t.id(), fields, misses);
            s.codes("responses", t.responses(), responseCodes(e.responses()));
            s.codes("aircraft", t.aircraft(), codes(e.terms(), TermKind.AIRCRAFT));
            s.codes("munitions", t.munitions(), codes(e.terms(), TermKind.MUNITION));
            s.codes("bases", t.bases(), codes(e.terms(), TermKind.BASE));
            s.codes("events", t.events(), eventCodes(e.terms(), t.events()));
        }
        return new ScoreReport(set, texts.size(), strikes, candidates, paired, fields, misses, nanos / 1_000_000);
    }

    private CandidateReport bestCandidate(LabelledStrike gold, List<CandidateReport> free) {
        CandidateReport best = null;
        int bestScore = -1;
        for (CandidateReport c : free) {
            int score = 0;
            if (gold.place().state() == Gold.State.VALUE && c.place() != null && placeRight(gold.place(), c.place())) score += 4;
            if (gold.date().state() == Gold.State.VALUE && c.date() != null && dateRight(gold.date(), c.date().date())) score += 2;
            if (gold.killed().state() == Gold.State.VALUE && c.casualties().killed() != null
                    && c.casualties().killed().count().equals(gold.killed().range())) score += 1;
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    static boolean dateRight(Gold.Day gold, IncidentDate d) {
        long width = ChronoUnit.DAYS.between(d.firstDay(), d.lastDay()) + 1;
        long goldWidth = ChronoUnit.DAYS.between(gold.first(), gold.last()) + 1;
        return d.overlaps(gold.first(), gold.last()) && width <= Math.max(7, goldWidth);
    }

    private final Map<String, Optional<PlaceMatch>> resolved = new java.util.HashMap<>();

    boolean placeRight(Gold.Where gold, PlaceMention m) {
        Place p = m.match().place();
        boolean candidateGovernorateLevel = m.level().compareTo(org.groundtruth.place.LocationPrecision.GOVERNORATE) >= 0;
        if (gold.point() != null) {
            if (gold.governorateLevel()) return candidateGovernorateLevel && sameName(gold.governorate(), m.governorate());
            return !candidateGovernorateLevel && p.point().distanceKm(gold.point()) <= Math.max(gold.radiusKm(), Gazetteer.SAME_PLACE_KM);
        }
        Optional<PlaceMatch> g = resolved.computeIfAbsent(gold.name() + "|" + gold.governorate(), k -> resolve(gold));
        if (g.isEmpty()) return false;
        Place q = g.get().place();
        if (q.isGovernorate()) return candidateGovernorateLevel && sameName(q.governorate(), m.governorate());
        return !candidateGovernorateLevel && (q.equals(p) || q.point().distanceKm(p.point()) <= Gazetteer.SAME_PLACE_KM);
    }

    /** Wrong places whose truth is at another level than the candidate states: counted apart, still wrong. */
    public static final String PLACE_COARSER = "place coarser", PLACE_FINER = "place finer";

    /**
     * {@link #PLACE_COARSER} when the candidate names only a governorate and the labelled point lies in it (the text
     * names no finer place, or the extractor missed it); {@link #PLACE_FINER} when the candidate names a place inside
     * the labelled governorate while the label is at governorate level. Both stay wrong: the right gazetteer entry is
     * what is measured.
     */
    static String otherLevel(Gold.Where gold, PlaceMention m) {
        if (gold.point() == null || gold.governorate() == null) return null;
        boolean candidateGovernorateLevel = m.level().compareTo(org.groundtruth.place.LocationPrecision.GOVERNORATE) >= 0;
        if (!sameName(gold.governorate(), m.governorate())) return null;
        if (!gold.governorateLevel() && candidateGovernorateLevel) return PLACE_COARSER;
        if (gold.governorateLevel() && !candidateGovernorateLevel) return PLACE_FINER;
        return null;
    }

    private Optional<PlaceMatch> resolve(Gold.Where gold) {
        if (gold.governorateLevel()) {
            return places.governorate(gold.governorate() != null ? gold.governorate() : gold.name(), null).map(p -> new PlaceMatch(p, org.groundtruth.gazetteer.MatchKind.EXACT, 1, p.name(), 0, false));
        }
        return places.lookup(gold.name(), gold.governorate(), null);
    }

    /** True when a labelled place could be resolved to a gazetteer entry (the rest cannot be scored as right). */
    public boolean resolvable(Gold.Where gold) {
        if (gold.state() != Gold.State.VALUE || gold.point() != null) return true;
        return resolved.computeIfAbsent(gold.name() + "|" + gold.governorate(), k -> resolve(gold)).isPresent();
    }

    private static boolean sameName(String a, String b) {
        return a != null && b != null && a.equalsIgnoreCase(b);
    }

    private static Set<String> withoutVehicles(List<String> codes) {
        Set<String> s = new HashSet<>(codes);
        s.remove("vehicle");
        return s;
    }

    private static Set<String> codes(List<TermMention> terms, TermKind kind) {
        Set<String> s = new HashSet<>();
        for (TermMention t : terms) if (t.kind() == kind) s.add(t.code());
        return s;
    }

    /** Only the labelled kinds of event are compared (sets label take-offs and overflights, not every "strike"). */
    private static Set<String> eventCodes(List<TermMention> terms, Gold.Codes gold) {
        Set<String> s = codes(terms, TermKind.EVENT);
        s.retainAll(Set.of("take_off", "overflight"));
        return s;
    }

    /** "party:denial"; a reply calling the reports fake is a denial too. */
    private static Set<String> responseCodes(List<ResponseMention> responses) {
        Set<String> s = new HashSet<>();
        for (ResponseMention r : responses) s.add(r.party() + ":" + family(r.kind().name()));
        return s;
    }

    static String family(String kind) {
        String k = kind.toLowerCase(java.util.Locale.ROOT);
        return k.equals("called_fake") ? "denial" : k;
    }

    /** Adds one strike's or text's outcomes to the field counts. */
    private record Scoring(String id, Map<String, FieldScore> fields, List<String> misses) {
        <T> void one(String field, Gold.State state, T proposed, Function<T, Boolean> right, Function<T, String> show) {
            if (state == Gold.State.NOT_LABELLED) return;
            if (state == Gold.State.NONE) {
                if (proposed != null) add(field, 0, 1, 0, "proposed " + show.apply(proposed) + ", the text states none");
                return;
            }
            if (proposed == null) add(field, 0, 0, 1, "nothing proposed");
            else if (right.apply(proposed)) add(field, 1, 0, 0, null);
            else add(field, 0, 1, 1, "proposed " + show.apply(proposed));
        }

        void count(String field, Gold.Count gold, CasualtyFigure proposed) {
            CountRange p = proposed == null ? null : proposed.count();
            one(field, gold.state(), p, r -> r.equals(gold.range()), r -> r.display() + (gold.range() == null ? "" : ", labelled " + gold.range().display()));
        }

        void codes(String field, Gold.Codes gold, Set<String> proposed) {
            if (gold.state() == Gold.State.NOT_LABELLED) return;
            Set<String> labelled = new HashSet<>(gold.codes());
            if (field.equals("responses")) {
                Set<String> fam = new HashSet<>();
                for (String c : labelled) {
                    int i = c.indexOf(':');
                    fam.add(i < 0 ? c : c.substring(0, i + 1) + family(c.substring(i + 1)));
                }
                labelled = fam;
            }
            if (field.equals("objects")) labelled.remove("vehicle");
            int right = 0, wrong = 0, missed = 0;
            for (String p : proposed) if (labelled.contains(p)) right++; else wrong++;
            for (String g : labelled) if (!proposed.contains(g)) missed++;
            add(field, right, wrong, missed, wrong + missed == 0 ? null : "proposed " + proposed + ", labelled " + labelled);
        }

        private void add(String field, int right, int wrong, int missed, String why) {
            fields.put(field, fields.get(field).plus(right, wrong, missed));
            if (why != null && misses.size() < MAX_MISSES) misses.add(id + " " + field + ": " + why);
        }
    }
}
