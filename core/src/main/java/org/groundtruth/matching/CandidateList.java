package org.groundtruth.matching;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * Candidate pairs kept in plain arrays rather than millions of objects (a full match of a million records each
 * can yield tens of millions of pairs); {@link #get} makes the {@link MatchCandidate} on demand.
 */
final class CandidateList extends AbstractList<MatchCandidate> implements RandomAccess {
    private final IncidentFootprint[] incidents;
    private final SpaceTimeGrid<ClaimFootprint> claims;
    private final int[] incident, claim;
    private final double[] distanceKm, score;
    private final long[] offsetSeconds;

    private CandidateList(IncidentFootprint[] incidents, SpaceTimeGrid<ClaimFootprint> claims, Buffer all) {
        this.incidents = incidents;
        this.claims = claims;
        this.incident = all.incident;
        this.claim = all.claim;
        this.distanceKm = all.distanceKm;
        this.score = all.score;
        this.offsetSeconds = all.offsetSeconds;
    }

    /** Lays out the pairs of incident 0, 1, 2 ... found in {@code parts[partOf[i]]} from {@code fromOf[i]}. */
    static CandidateList inIncidentOrder(IncidentFootprint[] incidents, SpaceTimeGrid<ClaimFootprint> claims, List<Buffer> parts,
                                         int[] partOf, int[] fromOf, int[] countOf) {
        Buffer all = new Buffer(parts.stream().mapToInt(b -> b.size).sum());
        for (int i = 0; i < incidents.length; i++) {
            Buffer b = parts.get(partOf[i]);
            int from = fromOf[i], count = countOf[i];
            if (count == 0) continue;
            System.arraycopy(b.incident, from, all.incident, all.size, count);
            System.arraycopy(b.claim, from, all.claim, all.size, count);
            System.arraycopy(b.distanceKm, from, all.distanceKm, all.size, count);
            System.arraycopy(b.score, from, all.score, all.size, count);
            System.arraycopy(b.offsetSeconds, from, all.offsetSeconds, all.size, count);
            all.size += count;
        }
        return new CandidateList(incidents, claims, all);
    }

    @Override
    public MatchCandidate get(int k) {
        return new MatchCandidate(incidents[incident[k]], claims.get(claim[k]), score[k], distanceKm[k], offsetSeconds[k]);
    }

    @Override
    public int size() {
        return incident.length;
    }

    /** Growable arrays one thread fills with the pairs of its share of incidents. */
    static final class Buffer {
        int[] incident, claim;
        double[] distanceKm, score;
        long[] offsetSeconds, claimId;
        int size;

        Buffer(int capacity) {
            incident = new int[capacity];
            claim = new int[capacity];
            distanceKm = new double[capacity];
            score = new double[capacity];
            offsetSeconds = new long[capacity];
            claimId = new long[capacity];
        }

        void add(int incidentIndex, int claimIndex, long id, double d, double s, long offset) {
            if (size == incident.length) {
                int capacity = Math.max(16, size * 2);
                incident = Arrays.copyOf(incident, capacity);
                claim = Arrays.copyOf(claim, capacity);
                distanceKm = Arrays.copyOf(distanceKm, capacity);
                score = Arrays.copyOf(score, capacity);
                offsetSeconds = Arrays.copyOf(offsetSeconds, capacity);
                claimId = Arrays.copyOf(claimId, capacity);
            }
            incident[size] = incidentIndex;
            claim[size] = claimIndex;
            distanceKm[size] = d;
            score[size] = s;
            offsetSeconds[size] = offset;
            claimId[size] = id;
            size++;
        }

        /** Orders the pairs from {@code from} on by claim id (insertion sort: one incident has few pairs). */
        void sortTailByClaimId(int from) {
            for (int i = from + 1; i < size; i++) {
                int c = claim[i];
                long id = claimId[i];
                double d = distanceKm[i], s = score[i];
                long o = offsetSeconds[i];
                int j = i - 1;
                while (j >= from && claimId[j] > id) {
                    claim[j + 1] = claim[j];
                    claimId[j + 1] = claimId[j];
                    distanceKm[j + 1] = distanceKm[j];
                    score[j + 1] = score[j];
                    offsetSeconds[j + 1] = offsetSeconds[j];
                    j--;
                }
                claim[j + 1] = c;
                claimId[j + 1] = id;
                distanceKm[j + 1] = d;
                score[j + 1] = s;
                offsetSeconds[j + 1] = o;
            }
        }
    }
}
