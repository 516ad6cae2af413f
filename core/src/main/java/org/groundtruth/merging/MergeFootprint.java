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
 * incidents citing one roundup are not taken for one strike by its words (decision 0547); and the names its place
 * was given and its killed figure, so that an incident no gazetteer could place (latitude and longitude NaN) is still
 * a candidate for the incidents of the same named place or area on the same day (decision 0562).
 */
public record MergeFootprint(long id, double lat, double lon, double radiusKm, long firstSecond, long lastSecond,
                             DatePrecision datePrecision, Set<CivilianObject> objectsHit, TextSignature text, EventKind kind,
                             long[] sources, Names names) {
    /** Earliest and latest second a footprint may carry: years 1900..2199. */
    public static final long MIN_SECOND = -2_208_988_800L;
    public static final long MAX_SECOND = 7_258_118_399L;

    public MergeFootprint {
        names = names == null ? Names.NONE : names;
        boolean unplaced = Double.isNaN(lat) && Double.isNaN(lon);
        if (unplaced && names.place() == 0 && names.area() == 0) {
            throw new IllegalArgumentException("incident " + id + " is neither placed nor named and cannot be merged");
        }
        if (unplaced) radiusKm = 0;
        if (!unplaced && (!Double.isFinite(lat) || lat < -90 || lat > 90)) {
            throw new IllegalArgumentException("incident " + id + ": latitude " + lat + " is outside -90..90");
        }
        if (!unplaced && (!Double.isFinite(lon) || lon < -180 || lon > 180)) {
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
                          DatePrecision datePrecision, Set<CivilianObject> objectsHit, TextSignature text, EventKind kind,
                          long[] sources) {
        this(id, lat, lon, radiusKm, firstSecond, lastSecond, datePrecision, objectsHit, text, kind, sources, null);
    }

    public MergeFootprint(long id, double lat, double lon, double radiusKm, long firstSecond, long lastSecond,
                          DatePrecision datePrecision, Set<CivilianObject> objectsHit, TextSignature text, EventKind kind) {
        this(id, lat, lon, radiusKm, firstSecond, lastSecond, datePrecision, objectsHit, text, kind, null);
    }

    /**
     * What the sources named: the place (a key of its country and transliteration-tolerant skeleton, 0 when unnamed),
     * its first-level area (country and canonical governorate, 0 when unknown) and the killed figure.
     */
    public record Names(long place, long area, org.groundtruth.incident.CountRange killed) {
        public static final Names NONE = new Names(0, 0, null);

        public Names {
            killed = killed == null ? org.groundtruth.incident.CountRange.UNKNOWN : killed;
        }

        /** Keys of a place name and area as written; blank or missing parts give 0. */
        public static Names of(String placeName, String governorate, String countryCode, org.groundtruth.incident.CountRange killed) {
            String country = countryCode == null ? "" : countryCode.strip().toLowerCase(java.util.Locale.ROOT);
            String skeleton = skeleton(placeName), area = skeleton(governorate);
            return new Names(skeleton.length() < 2 ? 0 : sourceKey(country + "|" + skeleton), area.length() < 2 ? 0 : sourceKey(country + "|" + area), killed);
        }

        private static String skeleton(String name) {
            return org.groundtruth.gazetteer.PlaceNames.isNoName(name) ? "" : org.groundtruth.gazetteer.PlaceNames.skeletonKey(name);
        }

        /** Same area or either unknown. */
        boolean areaAgrees(Names o) {
            return area == 0 || o.area == 0 || area == o.area;
        }

        /**
         * Whether the two killed figures may describe one strike: either unknown, or the ranges lie within a factor of
         * two of each other (plus two): early and later counts of one strike differ, seldom by more.
         */
        boolean killedCompatible(Names o) {
            if (!killed.isKnown() || !o.killed.isKnown()) return true;
            long lowA = killed.min(), highA = killed.max() == null ? Integer.MAX_VALUE : killed.max();
            long lowB = o.killed.min(), highB = o.killed.max() == null ? Integer.MAX_VALUE : o.killed.max();
            return lowA <= 2 * highB + 2 && lowB <= 2 * highA + 2;
        }
    }

    /** Known by names only: a report no gazetteer could place. */
    public static MergeFootprint unplaced(long id, long firstSecond, long lastSecond, DatePrecision datePrecision,
                                          Set<CivilianObject> objectsHit, TextSignature text, EventKind kind, long[] sources, Names names) {
        return new MergeFootprint(id, Double.NaN, Double.NaN, 0, firstSecond, lastSecond, datePrecision, objectsHit, text, kind, sources, names);
    }

    public boolean placed() {
        return !Double.isNaN(lat);
    }

    /**
     * Whether two records, at least one of them unplaced, are a candidate pair by their names (decision 0562): the same
     * named place in agreeing areas, or, when one names no place, the same area; windows, kinds and killed figures
     * compatible. Pairs of two placed records are the grid's.
     */
    public static boolean namedCandidate(MergeFootprint a, MergeFootprint b, long windowSeconds) {
        if (a.placed() && b.placed()) return false;
        Names x = a.names, y = b.names;
        boolean samePlace = x.place != 0 && x.place == y.place && x.areaAgrees(y);
        boolean sameArea = (x.place == 0 || y.place == 0) && x.area != 0 && x.area == y.area;
        if (!samePlace && !sameArea) return false;
        if (!kindsMayMerge(a.kind, b.kind) || !x.killedCompatible(y)) return false;
        return candidateGapSeconds(a.firstSecond, a.lastSecond, b.firstSecond, b.lastSecond) <= windowSeconds;
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
        var place = facts.location();
        Names names = Names.of(place.placeName(), place.governorate(), place.countryCode(), facts.casualties() == null ? null : facts.casualties().killed());
        if (!place.isPlaced()) {
            return unplaced(id, TimeSpans.firstSecond(facts.date()), TimeSpans.lastSecond(facts.date()), facts.date().precision(),
                    facts.objectsHit(), text, facts.kind(), sources, names);
        }
        return new MergeFootprint(id, place.point().lat(), place.point().lon(),
                place.effectiveRadiusMetres() / 1000.0, TimeSpans.firstSecond(facts.date()), TimeSpans.lastSecond(facts.date()),
                facts.date().precision(), facts.objectsHit(), text, facts.kind(), sources, names);
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
                && java.util.Arrays.equals(f.sources, sources) && f.names.equals(names);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id) * 31 + java.util.Arrays.hashCode(sources);
    }
}
