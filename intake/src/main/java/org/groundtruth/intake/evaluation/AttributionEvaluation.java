package org.groundtruth.intake.evaluation;

import org.groundtruth.attribution.ActivityCounts;
import org.groundtruth.attribution.ActivityIndex;
import org.groundtruth.attribution.ActivityRecord;
import org.groundtruth.attribution.Attribution;
import org.groundtruth.attribution.AttributionInput;
import org.groundtruth.attribution.Attributor;
import org.groundtruth.attribution.Candidate;
import org.groundtruth.attribution.Party;
import org.groundtruth.attribution.SourceCoding;
import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.EventKind;
import org.groundtruth.incident.EventKindCoding;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.intake.assessment.WeaponReferenceFile;
import org.groundtruth.matching.GreatCircle;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.IncidentDate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attribution with the coded party hidden: every incident a monitor attributed is attributed again from what is left
 * (its weapons, time of day, kind, place) and the activity of the other coded incidents nearby, leaving out the records
 * of the same monitor at the same place on the same day (other videos or rows of the same strike), so that no incident
 * is graded by its own coding. Top-1: the coded party alone has the highest probability. The reliability curve says
 * whether the top probability means what it says.
 */
public final class AttributionEvaluation {
    public static final String SET = "coded-incidents";
    static final String CODED = "/evaluation/attribution/coded-incidents.csv";
    private static final ZoneId SYRIA = ZoneId.of("Asia/Damascus");
    private static final double[] BINS = {0, 0.3, 0.5, 0.7, 0.9, 1.0000001};

    private AttributionEvaluation() {
    }

    record Coded(long key, String dataset, IncidentFacts hidden, Set<Party> parties, long strike) {
    }

    public static Figures run() {
        Figures out = new Figures();
        List<Coded> coded = read();
        ActivityIndex index = new ActivityIndex(25, 30);
        for (Coded c : coded) {
            IncidentFacts f = c.hidden();
            long days = ChronoUnit.DAYS.between(f.date().firstDay(), f.date().lastDay()) + 1;
            if (!f.kind().mayBeStrike() || c.parties().isEmpty() || days > 31 || f.location().precision() == LocationPrecision.COUNTRY) continue;
            // keyed by strike: a query leaves out every record of its own strike
            index.add(new ActivityRecord(c.strike(), f.location().point().lat(), f.location().point().lon(),
                    f.date().firstDay().plusDays((days - 1) / 2), c.parties()));
        }
        Attributor attributor = new Attributor(WeaponReferenceFile.bundled());
        int n = 0, top = 0, single = 0, singleRight = 0, joint = 0, jointHolding = 0, unknown = 0, noActivity = 0, unknownNoActivity = 0;
        int[] binN = new int[BINS.length - 1], binRight = new int[BINS.length - 1];
        double[] binP = new double[BINS.length - 1];
        Map<Party, int[]> byParty = new EnumMap<>(Party.class);
        for (Coded c : coded) {
            IncidentFacts f = c.hidden();
            if (c.parties().size() != 1 || !f.kind().mayBeStrike()) continue;
            Party truth = c.parties().iterator().next();
            ActivityCounts activity = index.near(c.strike(), f.location().point().lat(), f.location().point().lon(), f.date().firstDay(),
                    f.date().lastDay());
            Attribution a = attributor.attribute(new AttributionInput(c.key(), f, List.of(), activity, List.of(), Set.of(c.dataset())));
            n++;
            List<Candidate> cs = a.candidates();
            boolean right = cs.get(0).party() == truth && cs.get(0).probability() > cs.get(1).probability() + 1e-12;
            if (right) top++;
            byParty.computeIfAbsent(truth, p -> new int[2])[0]++;
            if (right) byParty.get(truth)[1]++;
            if (a.unknown()) unknown++;
            else if (a.joint()) {
                joint++;
                if (a.verdict().contains(truth)) jointHolding++;
            } else {
                single++;
                if (a.verdict().contains(truth)) singleRight++;
            }
            if (activity.incidents() == 0) {
                noActivity++;
                if (a.unknown()) unknownNoActivity++;
            }
            double p = cs.get(0).probability();
            for (int b = 0; b < binN.length; b++) {
                if (p >= BINS[b] && p < BINS[b + 1]) {
                    binN[b]++;
                    binP[b] += p;
                    if (right) binRight[b]++;
                }
            }
        }
        out.put(SET, "incidents coded to one party", n);
        out.put(SET, "top-1", n == 0 ? 0 : top / (double) n);
        out.put(SET, "single verdicts", single);
        out.put(SET, "single verdict precision", single == 0 ? 1 : singleRight / (double) single);
        out.put(SET, "wrong single verdicts", single - singleRight);
        out.put(SET, "joint verdicts holding the party", jointHolding);
        out.put(SET, "joint verdicts", joint);
        out.put(SET, "unknown", unknown);
        out.put(SET, "without coded activity nearby", noActivity);
        out.put(SET, "unknown where no evidence", noActivity == 0 ? 1 : unknownNoActivity / (double) noActivity);
        out.line(String.format("attribution %-22s coded to one party %5d  top-1 %.3f  verdicts: single %d (right %d, wrong %d), joint %d"
                        + " (holding it %d), unknown %d; no coded activity nearby %d, all unknown: %s", SET, n, out.require(SET, "top-1"), single,
                singleRight, single - singleRight, joint, jointHolding, unknown, noActivity, unknownNoActivity == noActivity));
        StringBuilder byPartyLine = new StringBuilder("attribution by coded party: ");
        byParty.forEach((p, v) -> byPartyLine.append(String.format("%s %d/%d  ", p.label(), v[1], v[0])));
        out.line(byPartyLine.toString().strip());
        StringBuilder curve = new StringBuilder("attribution reliability (top probability: incidents, mean, share right):");
        for (int b = 0; b < binN.length; b++) {
            double mean = binN[b] == 0 ? 0 : binP[b] / binN[b], acc = binN[b] == 0 ? 0 : binRight[b] / (double) binN[b];
            curve.append(String.format("  [%.1f,%.1f) %d %.2f %.2f", BINS[b], Math.min(1, BINS[b + 1]), binN[b], mean, acc));
            out.put(SET, String.format("reliability %.1f-%.1f mean", BINS[b], Math.min(1, BINS[b + 1])), mean);
            out.put(SET, String.format("reliability %.1f-%.1f right", BINS[b], Math.min(1, BINS[b + 1])), acc);
            out.put(SET, String.format("reliability %.1f-%.1f n", BINS[b], Math.min(1, BINS[b + 1])), binN[b]);
        }
        out.line(curve.toString());
        return out;
    }

    static List<Coded> read() {
        List<Map<String, String>> rows = LabelledSets.csv(CODED);
        List<Coded> out = new ArrayList<>(rows.size());
        long key = 0;
        for (Map<String, String> r : rows) {
            key++;
            String dataset = r.get("dataset");
            LocalDate first = LocalDate.parse(r.get("first_day")), last = LocalDate.parse(r.get("last_day"));
            IncidentDate date;
            if (r.get("local_time") != null && first.equals(last)) {
                LocalTime t = LocalTime.parse(r.get("local_time"));
                date = IncidentDate.at(first, t, SYRIA.getRules().getOffset(first.atTime(t)));
            } else {
                date = first.equals(last) ? IncidentDate.onDay(first) : IncidentDate.between(first, last);
            }
            LocationPrecision precision = LocationPrecision.valueOf(r.get("precision").toUpperCase(java.util.Locale.ROOT));
            Location location = new Location(new Coordinates(Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon"))), precision,
                    null, null, null, null, "SY", PlacedBy.SOURCE);
            String text = r.get("text");
            EventKind kind = "ucdp-ged".equals(dataset)
                    ? EventKindCoding.ucdp(r.get("type_of_violence"), r.get("coded"), r.get("side_b"), text)
                    : EventKindCoding.syrianArchive(r.get("weapons"), text);
            List<String> weapons = r.get("weapons") == null ? List.of() : List.of(r.get("weapons").split(","));
            IncidentFacts hidden = new IncidentFacts(null, null, date, location, Casualties.UNKNOWN, Set.of(), List.of(), weapons, kind);
            EnumSet<Party> parties = EnumSet.noneOf(Party.class);
            for (String named : r.get("coded").split("\\|")) parties.addAll(SourceCoding.parties(named, Set.of(dataset), "SY", last));
            out.add(new Coded(key, dataset, hidden, parties, 0));
        }
        return strikes(out);
    }

    /** Records of one monitor within 1 km on the same first day are one strike: they share a strike key. */
    static List<Coded> strikes(List<Coded> coded) {
        List<Coded> out = new ArrayList<>(coded.size());
        Map<String, List<Coded>> byDay = new java.util.HashMap<>();
        for (Coded c : coded) {
            String day = c.dataset() + "|" + c.hidden().date().firstDay();
            long strike = c.key();
            for (Coded o : byDay.getOrDefault(day, List.of())) {
                var a = c.hidden().location().point();
                var b = o.hidden().location().point();
                if (GreatCircle.distanceKm(a.lat(), a.lon(), b.lat(), b.lon()) <= 1) {
                    strike = o.strike();
                    break;
                }
            }
            Coded keyed = new Coded(c.key(), c.dataset(), c.hidden(), c.parties(), strike);
            byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(keyed);
            out.add(keyed);
        }
        return out;
    }
}
