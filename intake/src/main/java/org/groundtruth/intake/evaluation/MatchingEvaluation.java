package org.groundtruth.intake.evaluation;

import org.groundtruth.claim.ClaimedPlace;
import org.groundtruth.gazetteer.BundledGazetteer;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.gazetteer.RecordedPlaces;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.matching.ClaimFootprint;
import org.groundtruth.matching.ClaimRanking;
import org.groundtruth.matching.GridMatcher;
import org.groundtruth.matching.IncidentFootprint;
import org.groundtruth.matching.MatchCandidate;
import org.groundtruth.matching.MatchParameters;
import org.groundtruth.matching.TimeSpans;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.time.DatePrecision;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Claim matching on claims with place names only (no coordinates): each claim is placed by the gazetteer as a claims
 * import places it (less UCDP's own places, so that no claim is placed at its answer), matched with the product's
 * defaults against every incident of the year, and the incidents it could explain are ranked. recall@1: the top
 * incident is one the set names; recall@any: one of them is among the candidates at all.
 */
public final class MatchingEvaluation {
    public static final String SET = "ucdp-claims-2018";
    static final String CLAIMS = "/evaluation/matching/ucdp-claims-2018.csv";
    /** Syria's offset in 2018: a statement dated by its day was published by the end of that local day. */
    private static final ZoneOffset LOCAL = ZoneOffset.ofHours(3);

    private MatchingEvaluation() {
    }

    record LabelledClaim(ClaimFootprint footprint, Set<Long> truth) {
    }

    public static Figures run() {
        Figures out = new Figures();
        Map<Long, ImportedRecord> events = LabelledSets.ucdpEvents(LabelledSets.UCDP_2018);
        List<IncidentFootprint> incidents = incidents(events);
        Gazetteer gazetteer = new Gazetteer(BundledGazetteer.places().stream()
                .filter(p -> !p.source().equals(BundledGazetteer.UCDP_GED)).toList());
        List<Map<String, String>> rows = LabelledSets.csv(CLAIMS);
        List<LabelledClaim> claims = new ArrayList<>();
        List<String> unplaced = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            LabelledClaim c = claim(k + 1, rows.get(k), gazetteer);
            if (c != null) claims.add(c);
            else unplaced.add(rows.get(k).get("localities") + " (" + rows.get(k).get("governorate") + ")");
        }
        // the names the gazetteer (less UCDP's places) cannot place, to look for a general cause
        if (Boolean.getBoolean("groundtruth.evaluation.examples")) out.line("  unplaced claims: " + String.join("; ", unplaced));
        measure(out, SET, rows.size(), incidents, claims,
                new MatchParameters(25, TimeSpans.DAY_SECONDS, MatchParameters.DEFAULT_LAG_SECONDS));
        recorded(out, RECORDED, rows, events, gazetteer, incidents, true);
        recorded(out, RECORDED_2018, rows, events, gazetteer, incidents, false);
        measure(out, SET + " without lag", rows.size(), incidents, claims, MatchParameters.withinKmAndDays(25, 1));
        misses(out, events, claims, new MatchParameters(25, TimeSpans.DAY_SECONDS, MatchParameters.DEFAULT_LAG_SECONDS), incidents);
        return out;
    }

    public static final String RECORDED = SET + " with recorded places";
    /** The same with a store that holds only the year's earlier incidents, not 2016-2017. */
    static final String RECORDED_2018 = SET + " recorded, 2018 only";

    /**
     * The same claims placed as `claims import` places them in a store that holds earlier incidents (decision 0565):
     * by the gazetteer, then by the places the store's incidents recorded. A claim may use only incidents whose day
     * ends before the day it says it struck, never its own events: the incidents of 2018 (read by the importer) and
     * those of 2016-2017 (the merging set's reports, one per event, as the importer would place them).
     */
    static void recorded(Figures out, String set, List<Map<String, String>> rows, Map<Long, ImportedRecord> events, Gazetteer gazetteer,
                         List<IncidentFootprint> incidents, boolean earlierYears) {
        record Dated(RecordedPlaces.Sighting sighting, LocalDate lastDay, long event) {
        }
        List<Dated> earlier = new ArrayList<>();
        events.forEach((id, r) -> RecordedPlaces.of(r.facts().location())
                .ifPresent(s -> earlier.add(new Dated(s, r.facts().date().lastDay(), id))));
        Set<String> seen = new HashSet<>();
        for (Map<String, String> r : earlierYears ? LabelledSets.csv(MergingEvaluation.REPORTS) : List.<Map<String, String>>of()) {
            if (Integer.parseInt(r.get("year")) > 2017 || !"1".equals(r.get("where_prec")) || !seen.add(r.get("event"))) continue;
            String governorate = r.get("adm_1") == null ? null : r.get("adm_1").replaceAll("(?i)\\s+governorate$", "");
            Location l = new Location(new org.groundtruth.place.Coordinates(Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lon"))),
                    LocationPrecision.TOWN, null, r.get("place"), governorate, null, "SY", org.groundtruth.place.PlacedBy.SOURCE);
            RecordedPlaces.of(l).ifPresent(s -> earlier.add(new Dated(s, LocalDate.parse(r.get("date_end")), Long.parseLong(r.get("event")))));
        }
        Map<String, Gazetteer> byDay = new HashMap<>();
        List<LabelledClaim> claims = new ArrayList<>();
        int byRecorded = 0;
        for (int k = 0; k < rows.size(); k++) {
            Map<String, String> row = rows.get(k);
            LocalDate strike = LocalDate.parse(row.get("strike_date"));
            Set<Long> own = new HashSet<>();
            Arrays.stream(row.get("truth_ids").split(";")).map(String::strip).map(Long::parseLong).forEach(own::add);
            // only incidents whose day ended before the claim's, never the claim's own events (one of them may be
            // dated by UCDP to end before the day the claim states)
            java.util.TreeSet<Long> ownEarlier = new java.util.TreeSet<>();
            earlier.stream().filter(e -> own.contains(e.event()) && e.lastDay().isBefore(strike)).forEach(e -> ownEarlier.add(e.event()));
            org.groundtruth.gazetteer.Placer recordedBefore = location -> byDay.computeIfAbsent(strike + " " + ownEarlier, d -> RecordedPlaces.gazetteer(
                    RecordedPlaces.places(earlier.stream().filter(e -> e.lastDay().isBefore(strike) && !own.contains(e.event()))
                            .map(Dated::sighting).toList()), gazetteer)).place(location);
            LabelledClaim alone = claim(k + 1, row, gazetteer);
            LabelledClaim c = claim(k + 1, row, RecordedPlaces.after(gazetteer, recordedBefore));
            if (c != null) claims.add(c);
            if (c != null && (alone == null || alone.footprint().lat() != c.footprint().lat() || alone.footprint().lon() != c.footprint().lon())) byRecorded++;
        }
        out.put(set, "placed by recorded places", byRecorded);
        measure(out, set, rows.size(), incidents, claims, new MatchParameters(25, TimeSpans.DAY_SECONDS, MatchParameters.DEFAULT_LAG_SECONDS));
        out.line(String.format("matching %-30s %d claims placed (or placed finer) by earlier incidents' places", set, byRecorded));
    }

    static void measure(Figures out, String set, int rows, List<IncidentFootprint> incidents, List<LabelledClaim> claims, MatchParameters p) {
        List<ClaimFootprint> footprints = claims.stream().map(LabelledClaim::footprint).toList();
        Map<Long, List<MatchCandidate>> byClaim = new HashMap<>();
        for (MatchCandidate c : new GridMatcher(p).match(incidents, footprints)) byClaim.computeIfAbsent(c.claimId(), x -> new ArrayList<>()).add(c);
        int top = 0, any = 0, withCandidates = 0, tiedAtTop = 0;
        double reciprocal = 0;
        for (LabelledClaim c : claims) {
            List<MatchCandidate> ranked = ClaimRanking.ranked(byClaim.getOrDefault(c.footprint().id(), List.of()));
            if (ranked.isEmpty()) continue;
            withCandidates++;
            if (c.truth().contains(ranked.get(0).incidentId())) top++;
            if (ranked.size() > 1 && ranked.get(1).score() == ranked.get(0).score()) tiedAtTop++;
            for (int r = 0; r < ranked.size(); r++) {
                if (c.truth().contains(ranked.get(r).incidentId())) {
                    any++;
                    reciprocal += 1.0 / (r + 1);
                    break;
                }
            }
        }
        out.put(set, "claims", rows);
        out.put(set, "placed", claims.size());
        out.put(set, "with candidates", withCandidates);
        out.put(set, "recall@1", rows == 0 ? 0 : top / (double) rows);
        out.put(set, "recall@1 of placed", claims.isEmpty() ? 0 : top / (double) claims.size());
        out.put(set, "precision@1", withCandidates == 0 ? 0 : top / (double) withCandidates);
        out.put(set, "recall@any", rows == 0 ? 0 : any / (double) rows);
        out.put(set, "mean reciprocal rank", claims.isEmpty() ? 0 : reciprocal / claims.size());
        out.line(String.format("matching %-30s claims %4d  placed %4d  recall@1 %.3f (of placed %.3f)  precision@1 %.3f  recall@any %.3f"
                        + "  MRR %.3f  tied at top %d  (%d incidents, %.0f km, ±%d h, lag %d h)", set, rows, claims.size(),
                out.require(set, "recall@1"), out.require(set, "recall@1 of placed"), out.require(set, "precision@1"),
                out.require(set, "recall@any"), out.require(set, "mean reciprocal rank"), tiedAtTop, incidents.size(),
                p.maxDistanceKm(), p.windowSeconds() / 3600, p.lagSeconds() / 3600));
    }

    /** Why the right incident was not the first: not a candidate (kind, distance), or outranked (by what). */
    static void misses(Figures out, Map<Long, ImportedRecord> events, List<LabelledClaim> claims, MatchParameters p,
                       List<IncidentFootprint> incidents) {
        Map<Long, IncidentFootprint> byId = new HashMap<>();
        incidents.forEach(i -> byId.put(i.id(), i));
        Map<Long, List<MatchCandidate>> byClaim = new HashMap<>();
        for (MatchCandidate c : new GridMatcher(p).match(incidents, claims.stream().map(LabelledClaim::footprint).toList())) {
            byClaim.computeIfAbsent(c.claimId(), x -> new ArrayList<>()).add(c);
        }
        int kind = 0, far = 0, outranked = 0;
        List<String> examples = new ArrayList<>();
        for (LabelledClaim c : claims) {
            List<MatchCandidate> ranked = ClaimRanking.ranked(byClaim.getOrDefault(c.footprint().id(), List.of()));
            if (!ranked.isEmpty() && c.truth().contains(ranked.get(0).incidentId())) continue;
            boolean candidate = ranked.stream().anyMatch(m -> c.truth().contains(m.incidentId()));
            if (candidate) {
                outranked++;
                if (examples.size() < 8) {
                    MatchCandidate t = ranked.stream().filter(m -> c.truth().contains(m.incidentId())).findFirst().orElseThrow();
                    examples.add("  outranked: claim " + c.footprint().id() + " top " + ranked.get(0).incidentId() + " [" + ranked.get(0).reason()
                            + "] truth " + t.incidentId() + " [" + t.reason() + "]");
                }
            } else if (c.truth().stream().noneMatch(byId::containsKey)) {
                kind++;
            } else {
                far++;
                if (examples.size() < 8) {
                    IncidentFootprint t = c.truth().stream().map(byId::get).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
                    examples.add("  not a candidate: claim " + c.footprint().id() + " at " + c.footprint().lat() + "," + c.footprint().lon()
                            + " truth " + t.id() + " at " + t.lat() + "," + t.lon());
                }
            }
        }
        out.put(SET, "missed: right incident not of a strike kind", kind);
        out.put(SET, "missed: right incident beyond place or time", far);
        out.put(SET, "missed: right incident outranked", outranked);
        out.line(String.format("matching %-30s placed claims whose first is wrong: right incident coded as another kind %d,"
                + " beyond %.0f km or the window %d, outranked %d", SET, kind, p.maxDistanceKm(), far, outranked));
        if (Boolean.getBoolean("groundtruth.evaluation.examples")) examples.forEach(out::line);
    }

    /** The incidents as `match` reads them from the store: placed ones of a kind that may be a strike. */
    static List<IncidentFootprint> incidents(Map<Long, ImportedRecord> events) {
        List<IncidentFootprint> out = new ArrayList<>();
        events.forEach((id, r) -> {
            IncidentFacts f = r.facts();
            if (f.location().isPlaced() && f.kind().mayBeStrike()) {
                out.add(IncidentFootprint.of(id, f.location(), f.date(), f.objectsHit(), f.kind()));
            }
        });
        return out;
    }

    /** A claim placed as `claims import` places one: a locality at district level or finer, 10 km assumed at least. */
    static LabelledClaim claim(long id, Map<String, String> row, org.groundtruth.gazetteer.Placer gazetteer) {
        Location found = null;
        for (String name : row.get("localities").split("\\|")) {
            Location l = gazetteer.place(Location.unplaced(name, row.get("governorate"), null, "SY"));
            if (l != null && l.isPlaced() && l.precision().compareTo(LocationPrecision.DISTRICT) <= 0) {
                found = l;
                break;
            }
        }
        if (found == null) return null;
        double km = Math.max(ClaimedPlace.ASSUMED_CLAIM_RADIUS_KM, found.effectiveRadiusMetres() / 1000.0);
        LocalDate strike = LocalDate.parse(row.get("strike_date")), stated = LocalDate.parse(row.get("stated_at"));
        long first = strike.toEpochSecond(java.time.LocalTime.MIDNIGHT, ZoneOffset.UTC);
        long statedSecond = Math.max(first, stated.atTime(23, 59, 59).toEpochSecond(LOCAL));
        var footprint = new ClaimFootprint(id, found.point().lat(), found.point().lon(), km, first, first + TimeSpans.DAY_SECONDS - 1,
                DatePrecision.DAY, null, null, statedSecond);
        Set<Long> truth = new HashSet<>();
        Arrays.stream(row.get("truth_ids").split(";")).map(String::strip).map(Long::parseLong).forEach(truth::add);
        return new LabelledClaim(footprint, truth);
    }
}
