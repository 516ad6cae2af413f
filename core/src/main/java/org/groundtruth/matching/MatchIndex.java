package org.groundtruth.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Incidents and claims indexed in space and time together, for matching all of them and then, incrementally,
 * the records that arrive later, without rebuilding.
 *
 * <p>{@link #matchAll()} queries the claim grid with every incident. {@link #addIncidents} matches new incidents
 * against every claim; {@link #addClaims} matches new claims against every incident (the incident grid is built
 * on first need). The union of a full match and the pairs returned by later additions equals a full match of
 * everything. Not thread-safe for additions; {@link #matchAll()} runs in parallel internally.
 */
public final class MatchIndex {
    private static final int CHUNK = 2048;

    private final MatchParameters parameters;
    private final List<IncidentFootprint> incidents;
    private final SpaceTimeGrid<ClaimFootprint> claimGrid;
    private SpaceTimeGrid<IncidentFootprint> incidentGrid;

    private MatchIndex(MatchParameters parameters, List<IncidentFootprint> incidents, List<ClaimFootprint> claims) {
        this.parameters = parameters;
        this.incidents = new ArrayList<>(incidents);
        this.claimGrid = new SpaceTimeGrid<>(parameters, claims, false);
    }

    public static MatchIndex build(MatchParameters parameters, List<IncidentFootprint> incidents, List<ClaimFootprint> claims) {
        return new MatchIndex(parameters, incidents, claims);
    }

    public MatchParameters parameters() {
        return parameters;
    }

    public int incidentCount() {
        return incidents.size();
    }

    public int claimCount() {
        return claimGrid.size();
    }

    /**
     * Every candidate pair, ordered by incident id, then claim id. The list keeps the pairs in plain arrays and
     * makes each {@link MatchCandidate} when asked for; it reflects the claims indexed at the time of the call.
     */
    public List<MatchCandidate> matchAll() {
        IncidentFootprint[] ordered = incidents.toArray(IncidentFootprint[]::new);
        Arrays.sort(ordered, Comparator.comparingLong(IncidentFootprint::id));
        int chunks = (ordered.length + CHUNK - 1) / CHUNK;
        List<CandidateList.Buffer> parts = IntStream.range(0, chunks).parallel().mapToObj(k -> {
            var out = new CandidateList.Buffer(4 * CHUNK);
            for (int i = k * CHUNK, end = Math.min(ordered.length, i + CHUNK); i < end; i++) {
                int incidentIndex = i, from = out.size;
                claimGrid.query(ordered[i], (j, d, score, offset) -> out.add(incidentIndex, j, d, score, offset));
                if (out.size - from > 1) out.sortTailByClaimId(from, claimGrid);
            }
            return out;
        }).toList();
        return CandidateList.of(ordered, claimGrid, parts);
    }

    /** The claims that could describe this incident, by claim id. The incident is not added. */
    public List<MatchCandidate> claimsFor(IncidentFootprint incident) {
        var out = new ArrayList<MatchCandidate>();
        collectForIncident(incident, out);
        return out;
    }

    /** The incidents this claim could explain, by incident id. The claim is not added. */
    public List<MatchCandidate> incidentsFor(ClaimFootprint claim) {
        var out = new ArrayList<MatchCandidate>();
        incidentGrid().query(claim, (j, d, score, offset) -> out.add(Pairing.candidate(incidentGrid.get(j), claim, d, score, offset)));
        out.sort(Pairing.ORDER);
        return out;
    }

    /** Adds incidents and returns their candidate pairs with every claim in the index, by incident id, then claim id. */
    public List<MatchCandidate> addIncidents(List<IncidentFootprint> added) {
        var out = new ArrayList<MatchCandidate>();
        for (IncidentFootprint f : added) {
            collectForIncident(f, out);
            incidents.add(f);
            if (incidentGrid != null) incidentGrid.add(f);
        }
        out.sort(Pairing.ORDER);
        return out;
    }

    /** Adds claims and returns their candidate pairs with every incident in the index, by incident id, then claim id. */
    public List<MatchCandidate> addClaims(List<ClaimFootprint> added) {
        var out = new ArrayList<MatchCandidate>();
        for (ClaimFootprint c : added) {
            out.addAll(incidentsFor(c));
            claimGrid.add(c);
        }
        out.sort(Pairing.ORDER);
        return out;
    }

    private void collectForIncident(IncidentFootprint incident, List<MatchCandidate> out) {
        int from = out.size();
        claimGrid.query(incident, (j, d, score, offset) -> out.add(Pairing.candidate(incident, claimGrid.get(j), d, score, offset)));
        if (out.size() - from > 1) out.subList(from, out.size()).sort(Comparator.comparingLong(MatchCandidate::claimId));
    }

    private SpaceTimeGrid<IncidentFootprint> incidentGrid() {
        if (incidentGrid == null) incidentGrid = new SpaceTimeGrid<>(parameters, incidents, true);
        return incidentGrid;
    }
}
