package org.groundtruth.web;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.groundtruth.incident.BoundingBox;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentSort;

/**
 * Reads the incident filter that the OGC API, the JSON API and the stats share from query parameters:
 * bbox, datetime, limit, offset, sort, actor, object, governorate, q, placed, grade (effective grade code) and party
 * (attributed party code, or unknown) and kind (event kinds: "strikes", "all", or codes separated by commas; absent is
 * every kind: the UI asks for strikes by default). Each bad value is an {@link ApiException}
 * naming the parameter.
 *
 * <p>Incident dates are windows of local calendar days, so datetime filters by day: a time in the request is
 * cut to the date it falls on in the offset it was written with.
 */
public final class IncidentFilter {
    public static final int DEFAULT_LIMIT = 100;
    public static final Set<String> FILTER_PARAMETERS = Set.of("bbox", "datetime", "actor", "object", "governorate", "q", "placed", "claimed",
            "grade", "party", "kind");
    /** How a list is paged and ordered: limit, offset, and sort (a date, oldest first, or newest first with a minus). */
    public static final Set<String> PAGING_PARAMETERS = Set.of("limit", "offset", "sort");
    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";

    private IncidentFilter() {
    }

    /** Refuses parameters outside the allowed set (OGC API – Features requires a 400 for unknown ones). */
    public static void refuseUnknown(Context ctx, Set<String> allowed) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(name)) throw ApiException.badParameter(name, "unknown parameter; known are " + String.join(", ", allowed.stream().sorted().toList()));
        }
    }

    public static IncidentQuery read(Context ctx) {
        return read(ctx.queryParamMap());
    }

    /** The filter in these parameters (a request's, or a query string a bulk review or the CLI was given). */
    public static IncidentQuery read(Map<String, List<String>> p) {
        String bboxCrs = single(p, "bbox-crs");
        if (bboxCrs != null && !bboxCrs.equals(CRS84)) throw ApiException.badParameter("bbox-crs", "only " + CRS84 + " is supported");
        BoundingBox bbox = bbox(single(p, "bbox"));
        LocalDate[] period = datetime(single(p, "datetime"));
        // OGC API - Features: a limit above the maximum is not an error; the maximum is used instead.
        int limit = (int) Math.min(number(p, "limit", DEFAULT_LIMIT, 1, Long.MAX_VALUE), IncidentQuery.MAX_LIMIT);
        long offset = number(p, "offset", 0, 0, Long.MAX_VALUE);
        CivilianObject object = null;
        String objectText = single(p, "object");
        if (objectText != null && !objectText.isBlank()) {
            object = CivilianObject.parse(objectText).orElseThrow(() -> ApiException.badParameter("object",
                    "not one of " + String.join(", ", java.util.Arrays.stream(CivilianObject.values()).map(CivilianObject::code).toList())));
        }
        Boolean placed = bool(p, "placed");
        String grade = single(p, "grade");
        if (grade != null && !grade.isBlank()) {
            grade = org.groundtruth.grading.Grade.parse(grade).map(org.groundtruth.grading.Grade::code).orElseThrow(() -> ApiException.badParameter(
                    "grade", "not one of " + org.groundtruth.grading.Grade.known()));
        }
        String party = single(p, "party");
        if (party != null && !party.isBlank() && !party.strip().equalsIgnoreCase("unknown")) {
            party = org.groundtruth.attribution.Party.parse(party).map(org.groundtruth.attribution.Party::code).orElseThrow(() -> ApiException.badParameter(
                    "party", "not one of " + String.join(", ", java.util.Arrays.stream(
                            org.groundtruth.attribution.Party.values()).map(org.groundtruth.attribution.Party::code).toList()) + ", unknown"));
        } else if (party != null && !party.isBlank()) {
            party = "unknown";
        }
        String sortText = single(p, "sort");
        IncidentSort sort = sortText == null || sortText.isBlank() ? null : IncidentSort.parse(sortText).orElseThrow(() ->
                ApiException.badParameter("sort", "must be one of " + IncidentSort.known()));
        Boolean claimed = bool(p, "claimed");
        java.util.Set<org.groundtruth.incident.EventKind> kinds;
        try {
            kinds = org.groundtruth.incident.EventKind.parseSet(single(p, "kind"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("kind", e.getMessage());
        }
        try {
            return new IncidentQuery(bbox, period[0], period[1], single(p, "actor"), object, single(p, "governorate"),
                    single(p, "q"), placed, limit, offset, null, claimed, grade, party, sort, kinds);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("datetime", e.getMessage());
        }
    }

    /** The query string of a page: every parameter the client sent, with limit and offset set. */
    public static String pageQuery(Map<String, List<String>> params, int limit, long offset) {
        String kept = params.entrySet().stream()
                .filter(e -> !e.getKey().equals("limit") && !e.getKey().equals("offset"))
                .sorted(Map.Entry.comparingByKey())
                .flatMap(e -> e.getValue().stream().map(v -> enc(e.getKey()) + "=" + enc(v)))
                .collect(java.util.stream.Collectors.joining("&"));
        return "?" + (kept.isEmpty() ? "" : kept + "&") + "limit=" + limit + "&offset=" + offset;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("%2C", ",").replace("%2F", "/");
    }

    static String single(Map<String, List<String>> p, String name) {
        List<String> values = p.get(name);
        if (values == null || values.isEmpty()) return null;
        if (values.size() > 1) throw ApiException.badParameter(name, "given " + values.size() + " times; give it once");
        String v = values.getFirst();
        // No stored text holds control characters, and PostgreSQL refuses NUL in text outright: a clear 400, not a 500.
        if (v != null && v.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) throw ApiException.badParameter(name, "contains a control character");
        return v;
    }

    /** true or false; also 1 or 0, which GDAL sends for a boolean field in a filter it passes to the server. */
    private static Boolean bool(Map<String, List<String>> p, String name) {
        String text = single(p, name);
        if (text == null || text.isBlank()) return null;
        return switch (text) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw ApiException.badParameter(name, "must be true or false");
        };
    }

    private static long number(Map<String, List<String>> p, String name, long fallback, long min, long max) {
        String text = single(p, name);
        if (text == null || text.isBlank()) return fallback;
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "not a whole number");
        }
        if (value < min || value > max) throw ApiException.badParameter(name, value + " is outside " + min + ".." + max);
        return value;
    }

    /** West, south, east, north in CRS84; six numbers (with heights) are accepted and the heights ignored. */
    public static BoundingBox bbox(String text) {
        if (text == null || text.isBlank()) return null;
        String[] parts = text.split(",");
        if (parts.length != 4 && parts.length != 6) {
            throw ApiException.badParameter("bbox", "needs 4 numbers (west,south,east,north), got " + parts.length);
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw ApiException.badParameter("bbox", "not a number");
            }
            if (!Double.isFinite(v[i])) throw ApiException.badParameter("bbox", "not a finite number");
        }
        try {
            return parts.length == 4 ? new BoundingBox(v[0], v[1], v[2], v[3]) : new BoundingBox(v[0], v[1], v[3], v[4]);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("bbox", e.getMessage());
        }
    }

    /** An instant or an interval with open ends ("..", or empty) as RFC 3339 dates or date-times; {from, to}. */
    public static LocalDate[] datetime(String text) {
        if (text == null || text.isBlank()) return new LocalDate[] {null, null};
        String[] ends = text.split("/", -1);
        if (ends.length == 1) {
            LocalDate day = day(ends[0]);
            if (day == null) throw ApiException.badParameter("datetime", "'..' alone is not an instant");
            return new LocalDate[] {day, day};
        }
        if (ends.length != 2) throw ApiException.badParameter("datetime", "neither an instant nor start/end");
        LocalDate from = day(ends[0]), to = day(ends[1]);
        if (from == null && to == null) throw ApiException.badParameter("datetime", "an interval needs at least one closed end");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.badParameter("datetime", "interval ends (" + to + ") before it starts (" + from + ")");
        }
        return new LocalDate[] {from, to};
    }

    private static LocalDate day(String end) {
        String s = end.strip();
        if (s.isEmpty() || s.equals("..")) return null;
        LocalDate day;
        try {
            if (s.length() <= 10) day = LocalDate.parse(s);
            // GDAL's OGC API driver turns a filter on a date field into datetime=2016-01-01T/..: the day, with a bare T
            else if (s.length() == 11 && (s.charAt(10) == 'T' || s.charAt(10) == 't')) day = LocalDate.parse(s.substring(0, 10));
            else {
                String t = s.replace(' ', 'T').replace('t', 'T').replace('z', 'Z');
                boolean hasOffset = t.endsWith("Z") || t.lastIndexOf('+') > 10 || t.lastIndexOf('-') > 10;
                day = hasOffset ? OffsetDateTime.parse(t).toLocalDate() : java.time.LocalDateTime.parse(t).toLocalDate();
            }
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter("datetime", "not an RFC 3339 date (2015-11-29) or date-time (2015-11-29T13:45:00Z)");
        }
        String outside = org.groundtruth.time.Years.problem(day);
        if (outside != null) throw ApiException.badParameter("datetime", outside);
        return day;
    }
}
