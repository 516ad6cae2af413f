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
        // Query in order of place and time rather than id, so that neighbouring queries read the same cells
        // while they are in the cache; then lay the pairs out in id order.
        int n = ordered.length;
        int[] order = localityOrder(ordered);
        int[] partOf = new int[n], fromOf = new int[n], countOf = new int[n];
        int chunks = (n + CHUNK - 1) / CHUNK;
        List<CandidateList.Buffer> parts = IntStream.range(0, chunks).parallel().mapToObj(k -> {
            var out = new CandidateList.Buffer(4 * CHUNK);
            for (int q = k * CHUNK, end = Math.min(n, q + CHUNK); q < end; q++) {
                int incidentIndex = order[q], from = out.size;
                claimGrid.query(ordered[incidentIndex], (j, id, d, score, offset) -> out.add(incidentIndex, j, id, d, score, offset));
                if (out.size - from > 1) out.sortTailByClaimId(from);
                partOf[incidentIndex] = k;
                fromOf[incidentIndex] = from;
                countOf[incidentIndex] = out.size - from;
            }
            return out;
        }).toList();
        return CandidateList.inIncidentOrder(ordered, claimGrid, parts, partOf, fromOf, countOf);
    }

    /** Incident positions grouped by the claim grid's cell (cells in row, column order), then by time bucket. */
    private int[] localityOrder(IncidentFootprint[] incidents) {
        int n = incidents.length;
        long[] cell = new long[n];
        LongIntMap cellSlots = new LongIntMap(Math.max(16, n / 8));
        for (int i = 0; i < n; i++) {
            cell[i] = claimGrid.cellOf(incidents[i]);
            cellSlots.getOrAdd(cell[i]);
        }
        long[] distinct = new long[cellSlots.size()];
        int[] rankOfSlot = new int[distinct.length];
        for (int i = 0, seen = 0; i < n; i++) if (cellSlots.get(cell[i]) == seen) distinct[seen++] = cell[i];
        long[] sorted = distinct.clone();
        Arrays.sort(sorted);
        for (int slot = 0; slot < distinct.length; slot++) rankOfSlot[slot] = Arrays.binarySearch(sorted, distinct[slot]);
        int[] start = new int[distinct.length + 1];
        for (int i = 0; i < n; i++) start[rankOfSlot[cellSlots.get(cell[i])] + 1]++;
        for (int r = 0; r < distinct.length; r++) start[r + 1] += start[r];
        long minBucket = Long.MAX_VALUE;
        for (IncidentFootprint f : incidents) minBucket = Math.min(minBucket, claimGrid.firstBucketOf(f));
        long[] packed = new long[n];
        int[] fill = Arrays.copyOf(start, distinct.length);
        for (int i = 0; i < n; i++) {
            packed[fill[rankOfSlot[cellSlots.get(cell[i])]]++] = ((claimGrid.firstBucketOf(incidents[i]) - minBucket) << 32) | i;
        }
        int[] order = new int[n];
        for (int r = 0; r < distinct.length; r++) {
            Arrays.sort(packed, start[r], start[r + 1]);
            for (int p = start[r]; p < start[r + 1]; p++) order[p] = (int) packed[p];
        }
        return order;
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
        incidentGrid().query(claim, (j, id, d, score, offset) -> out.add(Pairing.candidate(incidentGrid.get(j), claim, d, score, offset)));
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
        claimGrid.query(incident, (j, id, d, score, offset) -> out.add(Pairing.candidate(incident, claimGrid.get(j), d, score, offset)));
        if (out.size() - from > 1) out.subList(from, out.size()).sort(Comparator.comparingLong(MatchCandidate::claimId));
    }

    private SpaceTimeGrid<IncidentFootprint> incidentGrid() {
        if (incidentGrid == null) incidentGrid = new SpaceTimeGrid<>(parameters, incidents, true);
        return incidentGrid;
    }
}
