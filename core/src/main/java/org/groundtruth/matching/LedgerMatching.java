package org.groundtruth.matching;

import org.groundtruth.claim.Claim;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.claim.ClaimMatch;
import org.groundtruth.claim.IncidentSpot;
import org.groundtruth.claim.MatchState;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the matcher over a {@link ClaimLedger} and stores the candidates: all of them ({@link #matchAll}), or only those
 * of the incidents and claims that changed since the last run ({@link #catchUp}), which the commands that write
 * records call after they commit (decision 0505). Reads and writes go through the port; the engine stays pure.
 *
 * <p>What "changed" means is kept in the ledger as {@link MatchState}: the latest incident and claim change already
 * matched. A run reads the latest changes first, then the records changed after the stored marks up to those, so a
 * write that lands during the run is taken by the next one; a run that dies stores nothing and the next one redoes
 * its work. Re-running never duplicates a candidate: a pair is stored once, replaced when found again.
 */
public final class LedgerMatching {
    private final ClaimLedger ledger;

    public LedgerMatching(ClaimLedger ledger) {
        this.ledger = ledger;
    }

    /** What a run did. */
    public record Summary(boolean full, int incidents, int claims, int unplacedClaims, long pairs, double radiusKm,
                          long windowSeconds, long millis) {
        public String line() {
            // with no claims there is nothing to match: "matched 0 incidents" read as if the store held no incidents
            if (full && claims == 0 && unplacedClaims == 0) {
                return "no claims to match: the store holds no claims (import them with: groundtruth claims import FILE --format csv|json)";
            }
            if (full && claims == 0) {
                return "no placed claims to match: " + unplacedClaims + " unplaced claim" + (unplacedClaims == 1 ? " is" : "s are")
                        + " kept but not matched (groundtruth claims list --unplaced)";
            }
            return (full ? "matched " : "matched changed records: ") + incidents + (incidents == 1 ? " incident" : " incidents")
                    + " against " + claims + (claims == 1 ? " claim" : " claims") + " within " + fmt(radiusKm) + " km and "
                    + window(windowSeconds) + ": " + pairs + (pairs == 1 ? " candidate" : " candidates") + " stored"
                    + (unplacedClaims > 0 ? "; " + unplacedClaims + " unplaced claims kept but not matched" : "")
                    + " (" + millis + " ms)";
        }

        private static String fmt(double km) {
            return km == Math.rint(km) ? String.valueOf((long) km) : String.valueOf(km);
        }

        private static String window(long s) {
            if (s == 0) return "overlapping dates";
            if (s % 86_400 == 0) return "±" + s / 86_400 + (s == 86_400 ? " day" : " days");
            return "±" + s / 3600.0 + " h";
        }
    }

    /** Matches every placed incident against every placed claim and replaces all stored candidates. */
    public Summary matchAll(MatchParameters parameters) {
        long started = System.nanoTime();
        Instant[] latest = ledger.latestChanges();
        List<Claim> claims = ledger.claims(null, latest[1]);
        List<ClaimFootprint> fc = claimFootprints(claims);
        // without a placed claim there is nothing to pair: the incidents are not even read
        List<IncidentSpot> incidents = fc.isEmpty() ? List.of() : ledger.incidents(null, latest[0], null, null);
        List<IncidentFootprint> fi = incidentFootprints(incidents);
        List<MatchCandidate> found = new GridMatcher(parameters).match(fi, fc);
        List<ClaimMatch> matches = stored(found, partyOf(claims));
        MatchState state = new MatchState(parameters.maxDistanceKm(), parameters.windowSeconds(), latest[0], latest[1], Instant.now());
        ledger.replaceAllMatches(matches, state);
        return new Summary(true, fi.size(), fc.size(), claims.size() - fc.size(), matches.size(), parameters.maxDistanceKm(),
                parameters.windowSeconds(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Matches only what changed since the last run, with its parameters: changed incidents against every placed claim,
     * changed claims against the incidents of their period. Before any run, a full run with the defaults
     * (25 km, ±1 day).
     */
    public Summary catchUp() {
        var state = ledger.matchState();
        if (state.isEmpty()) {
            return matchAll(new MatchParameters(MatchState.DEFAULT_RADIUS_KM, MatchState.DEFAULT_WINDOW_SECONDS, MatchParameters.DEFAULT_LAG_SECONDS));
        }
        long started = System.nanoTime();
        MatchState was = state.get();
        MatchParameters parameters = new MatchParameters(was.radiusKm(), was.windowSeconds(), MatchParameters.DEFAULT_LAG_SECONDS);
        Instant[] latest = ledger.latestChanges();
        // with no claim in the ledger no incident can have a stored match: changed incidents need not be read
        List<IncidentSpot> changedIncidents = same(was.incidentsMatchedTo(), latest[0]) || latest[1] == null
                ? List.of() : ledger.incidents(was.incidentsMatchedTo(), latest[0], null, null);
        List<Claim> changedClaims = same(was.claimsMatchedTo(), latest[1])
                ? List.of() : ledger.claims(was.claimsMatchedTo(), latest[1]);
        MatchState now = new MatchState(was.radiusKm(), was.windowSeconds(), latest[0], latest[1], was.fullRunAt());
        if (changedIncidents.isEmpty() && changedClaims.isEmpty()) {
            if (!same(was.incidentsMatchedTo(), latest[0]) || !same(was.claimsMatchedTo(), latest[1])) {
                ledger.replaceMatchesOf(List.of(), List.of(), List.of(), now);
            }
            return new Summary(false, 0, 0, 0, 0, was.radiusKm(), was.windowSeconds(), (System.nanoTime() - started) / 1_000_000);
        }
        Map<Long, String> party = new HashMap<>();
        Map<Pair, ClaimMatch> byPair = new HashMap<>();
        List<IncidentFootprint> newIncidents = incidentFootprints(changedIncidents);
        if (!newIncidents.isEmpty()) {
            List<Claim> allClaims = ledger.claims(null, latest[1]);
            party.putAll(partyOf(allClaims));
            keep(byPair, new GridMatcher(parameters).match(newIncidents, claimFootprints(allClaims)), party);
        }
        List<ClaimFootprint> newClaims = claimFootprints(changedClaims);
        if (!newClaims.isEmpty()) {
            party.putAll(partyOf(changedClaims));
            long firstSecond = newClaims.stream().mapToLong(ClaimFootprint::firstSecond).min().orElseThrow() - parameters.reachAfterSeconds();
            long lastSecond = newClaims.stream().mapToLong(ClaimFootprint::lastSecond).max().orElseThrow() + parameters.windowSeconds();
            LocalDate from = day(firstSecond).minusDays(1), to = day(lastSecond).plusDays(1); // dates are local days: a margin
            List<IncidentFootprint> near = incidentFootprints(ledger.incidents(null, latest[0], from, to));
            keep(byPair, new GridMatcher(parameters).match(near, newClaims), party);
        }
        List<ClaimMatch> matches = new ArrayList<>(byPair.values());
        Set<Long> incidentIds = new HashSet<>(), claimIds = new HashSet<>();
        changedIncidents.forEach(i -> incidentIds.add(i.id()));
        changedClaims.forEach(c -> claimIds.add(c.id()));
        ledger.replaceMatchesOf(incidentIds, claimIds, matches, now);
        return new Summary(false, changedIncidents.size(), changedClaims.size(), changedClaims.size() - newClaims.size(),
                matches.size(), was.radiusKm(), was.windowSeconds(), (System.nanoTime() - started) / 1_000_000);
    }

    private static boolean same(Instant a, Instant b) {
        return a == null ? b == null : a.equals(b);
    }

    private static LocalDate day(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond).atOffset(ZoneOffset.UTC).toLocalDate();
    }

    private record Pair(long incidentId, long claimId) {
    }

    private static void keep(Map<Pair, ClaimMatch> byPair, List<MatchCandidate> found, Map<Long, String> party) {
        Map<Integer, String> ties = ClaimRanking.tieNotes(found);
        for (int k = 0; k < found.size(); k++) {
            MatchCandidate c = found.get(k);
            ClaimMatch m = toStored(c, party.get(c.claimId()), ties.get(k));
            byPair.put(new Pair(c.incidentId(), c.claimId()), m);
        }
    }

    static List<IncidentFootprint> incidentFootprints(List<IncidentSpot> spots) {
        List<IncidentFootprint> out = new ArrayList<>(spots.size());
        for (IncidentSpot s : spots) {
            // a claim says what a party struck: shelling, ground fighting and other violence are not candidates
            if (s.location().isPlaced() && s.kind().mayBeStrike()) {
                out.add(IncidentFootprint.of(s.id(), s.location(), s.date(), s.objectsHit(), s.kind()));
            }
        }
        return out;
    }

    static List<ClaimFootprint> claimFootprints(List<Claim> claims) {
        List<ClaimFootprint> out = new ArrayList<>(claims.size());
        for (Claim c : claims) if (c.isPlaced()) out.add(ClaimFootprint.of(c));
        return out;
    }

    private static Map<Long, String> partyOf(List<Claim> claims) {
        Map<Long, String> out = new HashMap<>(claims.size() * 2);
        for (Claim c : claims) out.put(c.id(), c.party());
        return out;
    }

    private static List<ClaimMatch> stored(List<MatchCandidate> found, Map<Long, String> party) {
        List<ClaimMatch> out = new ArrayList<>(found.size());
        Map<Integer, String> ties = ClaimRanking.tieNotes(found);
        for (int k = 0; k < found.size(); k++) out.add(toStored(found.get(k), party.get(found.get(k).claimId()), ties.get(k)));
        return out;
    }

    /** Scores are rounded to 4 places and distances to 10 m when stored: what a reader can check by hand. */
    static ClaimMatch toStored(MatchCandidate c, String party, String tieNote) {
        return new ClaimMatch(c.incidentId(), c.claimId(), party, Math.round(c.score() * 10_000) / 10_000.0,
                Math.round(c.distanceKm() * 100) / 100.0, c.offsetSeconds(), tieNote == null ? c.reason() : c.reason() + "; " + tieNote);
    }
}
