package org.groundtruth.attribution;

import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.place.CountryCodes;
import org.groundtruth.time.DatePrecision;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The attribution engine: a prior over the parties, multiplied by one likelihood factor per piece of evidence, then
 * normalised (naive Bayes; the factors are decision 0541). Each factor is written down as evidence for the parties
 * it favours and against those it disfavours, so a reviewer can check every step.
 *
 * <p>The prior learns from activity nearby: incidents that their own sources coded (never this engine's output), as
 * one piece of evidence at most: no party's prior is raised more than ×3 or lowered below ×0.5, so that a thousand
 * neighbours coded by one monitor weigh less than one source naming a party (×8 against the others; decision
 * 0560).
 *
 * <p>Verdict: only direct evidence about this incident (sources naming a party, the parties' statements, weapons,
 * time of day, sightings) can name a party; without any, the verdict is unknown and the candidates carry their priors.
 * With it: one party when it has at least 0.6 and twice the next; else the first two together when they hold at
 * least 0.7 between them ("cannot be told apart"); else unknown.
 */
public final class Attributor {
    /** Factor for a party the incident's sources named (shared when they named several). */
    static final double NAMED_BY_SOURCES = 8;
    static final double ADMISSION = 20;
    static final double CLAIM_AT_FULL_SCORE = 6;
    static final double DENIAL = 0.8;
    static final double CALLED_FAKE = 0.9;
    static final double INVESTIGATION = 1.5;
    static final double SIGHTING = 3;
    static final double WEAPON_NOT_USED = 0.1;
    static final double NIGHT_SYRIAN_AIR_FORCE = 0.7;
    static final double SINGLE_AT_LEAST = 0.6;
    static final double JOINT_AT_LEAST = 0.7;
    /** Bounds of the activity prior's factor: at most ×6 between two parties, less than one source naming one (×8) (decision 0560). */
    static final double ACTIVITY_AT_MOST = 3, ACTIVITY_AT_LEAST = 0.5;
    /** Pseudo-count of the base prior: a few neighbours say little, many say up to the bounds. */
    static final double ACTIVITY_PSEUDO_COUNT = 3;

    private final WeaponTable weapons;

    public Attributor(WeaponTable weapons) {
        this.weapons = weapons == null ? WeaponTable.empty() : weapons;
    }

    public Attribution attribute(AttributionInput in) {
        IncidentFacts f = in.facts();
        if (!f.kind().mayBeStrike()) return notAStrike(f.kind());
        Ledger l = new Ledger();
        namedBySources(l, f, in.datasets());
        for (PartyStatement s : in.statements()) statement(l, s);
        activity(l, in.activity());
        weaponsReported(l, f);
        timeOfDay(l, f);
        for (Sighting s : in.sightings()) {
            l.factor(s.operator(), SIGHTING, "sighting: " + s.description());
        }
        return l.result();
    }

    /**
     * Attribution weighs who struck from the air (aircraft, munitions, claims of strikes): for shelling, ground
     * fighting and other violence it has no evidence to weigh, so it says unknown rather than guess (decision 0213).
     */
    static Attribution notAStrike(org.groundtruth.incident.EventKind kind) {
        List<Candidate> cs = new ArrayList<>();
        for (Party p : Party.values()) cs.add(new Candidate(p, 1.0 / Party.values().length, List.of(), List.of()));
        return new Attribution(cs, Set.of(), "Not attributed: the sources code this event as " + kind.label()
                + ", not a strike; attribution weighs evidence of strikes only.");
    }

    private static void namedBySources(Ledger l, IncidentFacts f, Set<String> datasets) {
        String theatre = theatre(f);
        for (String alleged : f.allegedPerpetrators()) {
            Set<Party> named = SourceCoding.parties(alleged, datasets, theatre, f.date().lastDay());
            if (named.isEmpty()) continue;
            String note = SourceCoding.note(alleged, datasets, theatre, f.date().lastDay());
            String said = "sources name \"" + alleged + "\"" + (note == null ? "" : " (" + note + ")");
            double factor = 1 + (NAMED_BY_SOURCES - 1) / named.size();
            String names = named.stream().map(Party::label).collect(Collectors.joining(" or "));
            for (Party p : Party.values()) {
                if (named.contains(p)) l.factor(p, factor, said);
                else l.against(p, said + ": " + names + ", not this party");
            }
        }
    }

    private static void statement(Ledger l, PartyStatement s) {
        switch (s.kind()) {
            case MATCHED_CLAIM -> l.factor(s.party(), 1 + (CLAIM_AT_FULL_SCORE - 1) * s.matchScore(),
                    String.format(Locale.ROOT, "the party's own claim matches (score %.2f): %s", s.matchScore(), s.description()));
            case ADMISSION -> l.factor(s.party(), ADMISSION, "the party admitted the strike: " + s.description());
            case DENIAL -> l.factor(s.party(), DENIAL, "the party denied it (a denial weighs little): " + s.description());
            case CALLED_FAKE -> l.factor(s.party(), CALLED_FAKE, "the party called the reports fake: " + s.description());
            case INVESTIGATION_OPENED -> l.factor(s.party(), INVESTIGATION, "the party opened an investigation: " + s.description());
            case OTHER_RESPONSE -> l.note(s.party(), "the party responded: " + s.description());
        }
    }

    /**
     * The prior from activity nearby: the share of namings per party among incidents coded by their own sources,
     * smoothed towards the base prior, as a factor on it within {@link #ACTIVITY_AT_LEAST}..{@link #ACTIVITY_AT_MOST}.
     */
    private static void activity(Ledger l, ActivityCounts a) {
        if (a.incidents() == 0) return;
        int namings = a.perParty().values().stream().mapToInt(Integer::intValue).sum();
        double baseTotal = 0;
        for (Party p : Party.values()) baseTotal += Ledger.base(p);
        String where = String.format(Locale.ROOT, "within %.0f km and %d days", a.radiusKm(), a.windowDays());
        for (Party p : Party.values()) {
            int n = a.of(p);
            double base = Ledger.base(p) / baseTotal;
            double share = (n + ACTIVITY_PSEUDO_COUNT * base) / (namings + ACTIVITY_PSEUDO_COUNT);
            double factor = Math.max(ACTIVITY_AT_LEAST, Math.min(ACTIVITY_AT_MOST, share / base));
            String text = (n == 0 ? "none" : String.valueOf(n)) + " of " + a.incidents() + " coded incidents " + where
                    + " name this party (prior from activity nearby, weighed as one piece of evidence at most)";
            l.prior(p, factor, text);
        }
    }

    private void weaponsReported(Ledger l, IncidentFacts f) {
        String theatre = theatre(f);
        for (String reported : f.weapons()) {
            List<WeaponReference> rows = weapons.matching(theatre, reported);
            if (rows.isEmpty()) continue;
            EnumSet<Party> users = EnumSet.noneOf(Party.class);
            for (WeaponReference r : rows) users.addAll(r.parties());
            String types = rows.stream().map(WeaponReference::type).distinct().collect(Collectors.joining(", "));
            String sources = rows.stream().map(WeaponReference::source).distinct().collect(Collectors.joining("; "));
            String in = theatre == null ? "" : " in " + theatre;
            for (Party p : Party.values()) {
                if (users.contains(p)) {
                    l.support(p, "\"" + reported + "\" reported: " + types + " is flown or used" + in + " by this party ("
                            + users.stream().map(Party::label).collect(Collectors.joining(", ")) + "; " + sources + ")");
                } else {
                    l.factor(p, WEAPON_NOT_USED, "\"" + reported + "\" reported: " + types + " is not known to be flown or used" + in
                            + " by this party (" + sources + ")");
                }
            }
        }
    }

    private static void timeOfDay(Ledger l, IncidentFacts f) {
        if (f.date().precision() != DatePrecision.EXACT_TIME) return;
        int hour = f.date().localTime().getHour();
        if (hour >= 20 || hour < 6) {
            l.factor(Party.SYRIAN_GOVERNMENT, NIGHT_SYRIAN_AIR_FORCE, "struck at " + f.date().localTime()
                    + " local time, at night; the Syrian air force flew few night sorties (weak; decision 0541)");
        }
    }

    static String theatre(IncidentFacts f) {
        String code = f.location().countryCode();
        if (code == null || code.isBlank()) return null;
        String a2 = CountryCodes.alpha2(code);
        return a2 == null ? code.strip().toUpperCase(Locale.ROOT) : a2;
    }

    /** Factors and words per party, then the normalised result. */
    private static final class Ledger {
        private final Map<Party, Double> weight = new EnumMap<>(Party.class);
        private final Map<Party, List<String>> pro = new EnumMap<>(Party.class);
        private final Map<Party, List<String>> con = new EnumMap<>(Party.class);
        private int evidence;

        Ledger() {
            for (Party p : Party.values()) {
                weight.put(p, base(p));
                pro.put(p, new ArrayList<>());
                con.put(p, new ArrayList<>());
            }
        }

        static double base(Party p) {
            return p == Party.OTHER ? 0.5 : 1.0; // prior: any one other party is less likely than a named air force
        }

        void factor(Party p, double factor, String text) {
            evidence++;
            prior(p, factor, text);
        }

        /** A factor on the prior: shapes the probabilities, is not evidence about this incident. */
        void prior(Party p, double factor, String text) {
            weight.merge(p, factor, (a, b) -> a * b);
            if (factor > 1.0001) pro.get(p).add(String.format(Locale.ROOT, "%s (x%.2f)", text, factor));
            else if (factor < 0.9999) con.get(p).add(String.format(Locale.ROOT, "%s (x%.2f)", text, factor));
            else pro.get(p).add(text + " (neutral)");
        }

        /** Evidence that is consistent with the party without raising it (others are lowered instead). */
        void support(Party p, String text) {
            evidence++;
            pro.get(p).add(text);
        }

        void against(Party p, String text) {
            con.get(p).add(text);
        }

        void note(Party p, String text) {
            pro.get(p).add(text + " (neutral)");
        }

        /** "Russian military 0.45, Syrian government 0.30, ...": the first three, or all equal. */
        private static String priors(List<Candidate> cs) {
            if (Math.abs(cs.get(0).probability() - cs.get(2).probability()) < 1e-9) {
                return "from no activity nearby: " + cs.stream().map(c -> String.format(Locale.ROOT, "%s %.2f", c.party().label(), c.probability()))
                        .collect(Collectors.joining(", "));
            }
            return "from coded incidents nearby: " + cs.stream().limit(3)
                    .map(c -> String.format(Locale.ROOT, "%s %.2f", c.party().label(), c.probability())).collect(Collectors.joining(", "));
        }

        Attribution result() {
            double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
            List<Candidate> cs = new ArrayList<>();
            for (Party p : Party.values()) cs.add(new Candidate(p, weight.get(p) / total, pro.get(p), con.get(p)));
            cs.sort(Comparator.comparingDouble(Candidate::probability).reversed().thenComparing(Candidate::party));
            Candidate first = cs.get(0), second = cs.get(1);
            if (evidence == 0) {
                return new Attribution(cs, Set.of(), "Unknown: no evidence about the perpetrator (no party named by the sources, "
                        + "no matched claim or response, no reported weapon in the reference table); priors " + priors(cs) + ".");
            }
            double p1 = first.probability(), p2 = second.probability();
            if (p1 >= SINGLE_AT_LEAST && p1 >= 2 * p2) {
                return new Attribution(cs, Set.of(first.party()), String.format(Locale.ROOT,
                        "Most likely %s (%.2f; next %s %.2f), from %d piece(s) of evidence.", first.party().label(), p1,
                        second.party().label(), p2, evidence));
            }
            if (p1 + p2 >= JOINT_AT_LEAST) {
                return new Attribution(cs, Set.of(first.party(), second.party()), String.format(Locale.ROOT,
                        "%s or %s (%.2f and %.2f): the evidence does not tell these two apart.", first.party().label(),
                        second.party().label(), p1, p2));
            }
            return new Attribution(cs, Set.of(), String.format(Locale.ROOT,
                    "Unknown: the evidence is spread (%s %.2f, %s %.2f, %s %.2f).", first.party().label(), p1,
                    second.party().label(), p2, cs.get(2).party().label(), cs.get(2).probability()));
        }
    }
}
