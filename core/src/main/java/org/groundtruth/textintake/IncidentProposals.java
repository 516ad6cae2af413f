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
import org.groundtruth.merging.MergeScore;
import org.groundtruth.merging.TextNormaliser;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which existing incidents a candidate may describe, so that an investigator adds its report there instead of making a
 * duplicate: the incidents within {@value #RADIUS_KM} km and a day of the candidate, scored as the merge engine scores
 * two incidents (place against both precisions, time, objects hit, shared words; decision 0522), best first, each with
 * the merge engine's one-line reason. A proposal, never a decision.
 */
public final class IncidentProposals {
    /** How far around the candidate incidents are looked for: the claim matcher's default radius. */
    public static final double RADIUS_KM = 25;
    /** How many proposals are returned at most. */
    public static final int MAX = 5;
    private static final int NEARBY_LIMIT = 500;

    private IncidentProposals() {
    }

    /** An incident the candidate may describe. */
    public record Proposal(Incident incident, double confidence, double distanceKm, long gapSeconds, String reason) {
    }

    /** The proposals for a candidate whose facts would be {@code facts}; none when it has no place to compare. */
    public static List<Proposal> find(IncidentStore incidents, IncidentFacts facts, String text) {
        if (!facts.location().isPlaced()) return List.of();
        return rank(facts, text, incidents.search(around(facts)).items());
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

    /** Scores each placed incident against the candidate and keeps the {@value #MAX} best within the radius. */
    public static List<Proposal> rank(IncidentFacts facts, String text, List<Incident> nearby) {
        if (!facts.location().isPlaced()) return List.of();
        MergeFootprint candidate = MergeFootprint.of(-1, facts, TextNormaliser.signature(text));
        List<Proposal> out = new ArrayList<>();
        for (Incident i : nearby) {
            if (!i.facts().location().isPlaced()) continue;
            MergeFootprint other = MergeFootprint.of(i.id(), i.facts(), TextNormaliser.signature(i.reports().stream().map(Report::text).toList()));
            if (!MergeFootprint.kindsMayMerge(candidate.kind(), other.kind())) continue;
            double km = GreatCircle.distanceKm(candidate.lat(), candidate.lon(), other.lat(), other.lon());
            if (km > RADIUS_KM) continue;
            MergeCandidate scored = MergeScore.candidate(candidate, other, km);
            out.add(new Proposal(i, scored.confidence(), km, scored.gapSeconds(), scored.reason()));
        }
        out.sort(Comparator.comparingDouble(Proposal::confidence).reversed().thenComparingDouble(Proposal::distanceKm));
        return out.size() > MAX ? List.copyOf(out.subList(0, MAX)) : List.copyOf(out);
    }
}
