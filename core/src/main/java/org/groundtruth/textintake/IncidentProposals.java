package org.groundtruth.textintake;

import org.groundtruth.incident.BoundingBox;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentStore;
import org.groundtruth.incident.Report;
import org.groundtruth.matching.GreatCircle;
import org.groundtruth.merging.MergeCandidate;
import org.groundtruth.merging.MergeFootprint;
import org.groundtruth.merging.MergeParameters;
import org.groundtruth.merging.MergeScore;
import org.groundtruth.merging.TextNormaliser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which existing incidents a candidate may describe, so that an investigator adds its report there instead of making a
 * duplicate: the incidents within {@value #RADIUS_KM} km and a day of the candidate, scored as the merge engine scores
 * two incidents (place against both precisions, time, objects hit, shared words; decision 0522), best first, each with
 * the merge engine's one-line reason. A candidate or incident without a point (a place the gazetteer does not know) is
 * compared by the names of its place and governorate, as the merge engine pairs unplaced records (decision 0562). A
 * proposal, never a decision.
 */
public final class IncidentProposals {
    /** How far around the candidate incidents are looked for: the claim matcher's default radius. */
    public static final double RADIUS_KM = 25;
    /** How many proposals are returned at most. */
    public static final int MAX = 5;
    private static final int NEARBY_LIMIT = 500;

    private IncidentProposals() {
    }

    /** An incident the candidate may describe; {@code distanceKm} is null when either has no point (compared by names). */
    public record Proposal(Incident incident, double confidence, Double distanceKm, long gapSeconds, String reason) {
    }

    /**
     * The proposals for a candidate whose facts would be {@code facts}: placed incidents around its point, and by names
     * the incidents of its governorate that have no point (all of them when the candidate has none either); none when
     * it names neither a point nor a governorate.
     */
    public static List<Proposal> find(IncidentStore incidents, IncidentFacts facts, String text) {
        List<Incident> nearby = new ArrayList<>();
        if (facts.location().isPlaced()) nearby.addAll(incidents.search(around(facts)).items());
        String governorate = facts.location().governorate();
        if (governorate != null && !governorate.isBlank()) {
            IncidentQuery named = inGovernorate(facts, governorate);
            nearby.addAll(incidents.search(facts.location().isPlaced() ? named.withPlaced(false) : named).items());
        }
        return rank(facts, text, nearby);
    }

    /** The incidents of the candidate's governorate, its window of days widened by one. */
    static IncidentQuery inGovernorate(IncidentFacts facts, String governorate) {
        return IncidentQuery.all().withGovernorate(governorate)
                .withPeriod(facts.date().firstDay().minusDays(1), facts.date().lastDay().plusDays(1)).page(NEARBY_LIMIT, 0);
    }

    /** The search for incidents around the candidate: a box of {@value #RADIUS_KM} km, its window of days widened by one. */
    static IncidentQuery around(IncidentFacts facts) {
        double lat = facts.location().point().lat(), lon = facts.location().point().lon();
        double dLat = Math.toDegrees(RADIUS_KM / GreatCircle.EARTH_RADIUS_KM);
        double dLon = dLat / Math.max(0.05, Math.cos(Math.toRadians(lat)));
        BoundingBox box = new BoundingBox(Math.max(-180, lon - dLon), Math.max(-90, lat - dLat), Math.min(180, lon + dLon), Math.min(90, lat + dLat));
        return IncidentQuery.all().withBbox(box).withPeriod(facts.date().firstDay().minusDays(1), facts.date().lastDay().plusDays(1))
                .withPlaced(true).page(NEARBY_LIMIT, 0);
    }

    /**
     * Scores each incident against the candidate and keeps the {@value #MAX} best: two points within the radius, or,
     * where either has no point, names the merge engine would pair (same named place in agreeing governorates, or the
     * same governorate where one names no place; same day, compatible killed figures).
     */
    public static List<Proposal> rank(IncidentFacts facts, String text, List<Incident> nearby) {
        var where = facts.location();
        if (!where.isPlaced() && blank(where.placeName()) && blank(where.governorate())) return List.of(); // nothing to compare
        MergeFootprint candidate = MergeFootprint.of(-1, facts, TextNormaliser.signature(text));
        List<Proposal> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (Incident i : nearby) {
            if (!seen.add(i.id())) continue;
            var at = i.facts().location();
            if (!at.isPlaced() && blank(at.placeName()) && blank(at.governorate())) continue;
            MergeFootprint other = MergeFootprint.of(i.id(), i.facts(), TextNormaliser.signature(i.reports().stream().map(Report::text).toList()));
            if (!MergeFootprint.kindsMayMerge(candidate.kind(), other.kind())) continue;
            Double km = null;
            if (candidate.placed() && other.placed()) {
                km = GreatCircle.distanceKm(candidate.lat(), candidate.lon(), other.lat(), other.lon());
                if (km > RADIUS_KM) continue;
            } else if (!MergeFootprint.namedCandidate(candidate, other, MergeParameters.DEFAULT.windowSeconds())) {
                continue;
            }
            MergeCandidate scored = MergeScore.candidate(candidate, other, km == null ? 0 : km);
            out.add(new Proposal(i, scored.confidence(), km, scored.gapSeconds(), scored.reason()));
        }
        out.sort(Comparator.comparingDouble(Proposal::confidence).reversed()
                .thenComparing(Proposal::distanceKm, Comparator.nullsLast(Comparator.naturalOrder())));
        return out.size() > MAX ? List.copyOf(out.subList(0, MAX)) : List.copyOf(out);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
