package org.groundtruth.merging;

import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.EventKind;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.matching.TimeSpans;
import org.groundtruth.time.DatePrecision;

import java.util.Set;

/**
 * An incident as the merge engine sees it: a point with its uncertainty radius, a closed window of epoch seconds
 * (a day-precision date covers 00:00:00..23:59:59 UTC, a clock time one second), what was hit, and its reports'
 * text as a {@link TextSignature}, and its event kind: two incidents of different known kinds are two events and never
 * a candidate pair (decision 0218); and the sources its reports cite (hashes of their addresses or names), so that two
 * incidents citing one roundup are not taken for one strike by its words (decision 0547).
 */
public record MergeFootprint(long id, double lat, double lon, double radiusKm, long firstSecond, long lastSecond,
                             DatePrecision datePrecision, Set<CivilianObject> objectsHit, TextSignature text, EventKind kind,
                             long[] sources) {
    /** Earliest and latest second a footprint may carry: years 1900..2199. */
    public static final long MIN_SECOND = -2_208_988_800L;
    public static final long MAX_SECOND = 7_258_118_399L;

    public MergeFootprint {
        if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
            throw new IllegalArgumentException("incident " + id + ": latitude " + lat + " is outside -90..90");
        }
        if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
            throw new IllegalArgumentException("incident " + id + ": longitude " + lon + " is outside -180..180");
        }
        if (!Double.isFinite(radiusKm) || radiusKm < 0 || radiusKm > 20_016) {
            throw new IllegalArgumentException("incident " + id + ": radius " + radiusKm + " km is impossible (0..20016 km)");
        }
        if (lastSecond < firstSecond) throw new IllegalArgumentException("incident " + id + ": time window ends before it starts");
        if (firstSecond < MIN_SECOND || lastSecond > MAX_SECOND) {
            throw new IllegalArgumentException("incident " + id + ": time window lies outside the years 1900..2199");
        }
        if (datePrecision == null) throw new IllegalArgumentException("incident " + id + ": date precision is missing");
        objectsHit = objectsHit == null ? Set.of() : Set.copyOf(objectsHit);
        text = text == null ? TextSignature.EMPTY : text;
        kind = kind == null ? EventKind.UNKNOWN : kind;
        sources = sources == null ? new long[0] : sources.clone();
        java.util.Arrays.sort(sources);
    }

    public MergeFootprint(long id, double lat, double lon, double radiusKm, long firstSecond, long lastSecond,
                          DatePrecision datePrecision, Set<CivilianObject> objectsHit, TextSignature text, EventKind kind) {
        this(id, lat, lon, radiusKm, firstSecond, lastSecond, datePrecision, objectsHit, text, kind, null);
    }

    /** Whether the two cite a source in common. */
    public boolean sharesSourceWith(MergeFootprint other) {
        long[] a = sources, b = other.sources;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) return true;
            if (a[i] < b[j]) i++;
            else j++;
        }
        return false;
    }

    /** A stable 64-bit key of a source's address (or name): FNV-1a of its characters, case-folded. */
    public static long sourceKey(String addressOrName) {
        long h = 0xcbf29ce484222325L;
        String s = addressOrName.strip().toLowerCase(java.util.Locale.ROOT);
        for (int k = 0; k < s.length(); k++) {
            h ^= s.charAt(k);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** Of a kind nobody coded (unknown), which may merge with any kind. */
    public MergeFootprint(long id, double lat, double lon, double radiusKm, long firstSecond, long lastSecond,
                          DatePrecision datePrecision, Set<CivilianObject> objectsHit, TextSignature text) {
        this(id, lat, lon, radiusKm, firstSecond, lastSecond, datePrecision, objectsHit, text, EventKind.UNKNOWN);
    }

    /** Without text, of a kind nobody coded. */
    public MergeFootprint(long id, double lat, double lon, double radiusKm, long firstSecond, long lastSecond,
                          DatePrecision datePrecision, Set<CivilianObject> objectsHit) {
        this(id, lat, lon, radiusKm, firstSecond, lastSecond, datePrecision, objectsHit, TextSignature.EMPTY);
    }

    /** From a placed incident's facts and the texts of its reports; the radius is the stated one, else typical for its level. */
    public static MergeFootprint of(long id, IncidentFacts facts, TextSignature text) {
        return of(id, facts, text, null);
    }

    public static MergeFootprint of(long id, IncidentFacts facts, TextSignature text, long[] sources) {
        if (!facts.location().isPlaced()) throw new IllegalArgumentException("incident " + id + " is not placed and cannot be merged");
        return new MergeFootprint(id, facts.location().point().lat(), facts.location().point().lon(),
                facts.location().effectiveRadiusMetres() / 1000.0, TimeSpans.firstSecond(facts.date()), TimeSpans.lastSecond(facts.date()),
                facts.date().precision(), facts.objectsHit(), text, facts.kind(), sources);
    }

    /**
     * Whether two incidents may be one event by their kinds: the same kind, or one of them unknown. An air strike and
     * a ground battle at the same place and day are two events, however alike their texts (decision 0218).
     */
    public static boolean kindsMayMerge(EventKind a, EventKind b) {
        return a == b || a == EventKind.UNKNOWN || b == EventKind.UNKNOWN;
    }

    /** Gap in seconds between the two windows, 0 when they overlap. */
    public static long gapSeconds(MergeFootprint a, MergeFootprint b) {
        return Math.max(0, Math.max(b.firstSecond - a.lastSecond, a.firstSecond - b.lastSecond));
    }

    /**
     * The gap the candidate test compares with the window: as {@link #gapSeconds}, except that when either record is
     * dated only to a day (or coarser) the gap counts in whole days, so that two touching days are a day apart, never
     * "within one hour" (decision 0547).
     */
    public static long candidateGapSeconds(long aFirst, long aLast, long bFirst, long bLast) {
        long gap = Math.max(0, Math.max(bFirst - aLast, aFirst - bLast));
        if (gap == 0) return 0;
        boolean coarse = aLast - aFirst + 1 >= DAY_SECONDS || bLast - bFirst + 1 >= DAY_SECONDS;
        return coarse ? (gap + DAY_SECONDS - 1) / DAY_SECONDS * DAY_SECONDS : gap;
    }

    private static final long DAY_SECONDS = 86_400;

    @Override
    public boolean equals(Object o) {
        return o instanceof MergeFootprint f && f.id == id && Double.compare(f.lat, lat) == 0 && Double.compare(f.lon, lon) == 0
                && Double.compare(f.radiusKm, radiusKm) == 0 && f.firstSecond == firstSecond && f.lastSecond == lastSecond
                && f.datePrecision == datePrecision && f.objectsHit.equals(objectsHit) && f.text.equals(text) && f.kind == kind
                && java.util.Arrays.equals(f.sources, sources);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id) * 31 + java.util.Arrays.hashCode(sources);
    }
}
