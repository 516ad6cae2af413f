package org.groundtruth.publication;

import org.groundtruth.grading.Grade;
import org.groundtruth.incident.BoundingBox;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.incident.PublicId;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Which published incidents a report or an export covers: a period, an area, governorates, attributed parties,
 * grades, or a list of incidents by public id. Empty criteria do not filter. Written on the command line as
 * {@code from=2015-09-30;to=2015-11-29;governorate=Idlib,Hama;party=russian_military;grade=fair,confirmed;
 * bbox=35.5,34.5,37.5,36.5;ids=k3m...,p9x...} (see {@link #parse}).
 */
public record Selection(LocalDate from, LocalDate to, BoundingBox area, Set<String> governorates, Set<String> parties,
                        Set<String> grades, List<String> publicIds) {
    private static final List<String> KEYS = List.of("from", "to", "bbox", "governorate", "party", "grade", "ids");

    public Selection {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("selection: period ends (" + to + ") before it starts (" + from + ")");
        }
        governorates = lowered(governorates);
        parties = lowered(parties);
        grades = lowered(grades);
        for (String g : grades) {
            if (Grade.parse(g).isEmpty()) throw new IllegalArgumentException("selection grade: '" + g + "' is not one of " + Grade.known());
        }
        publicIds = publicIds == null ? List.of() : publicIds.stream().map(String::strip).map(PublicId::normalize).distinct().toList();
        for (String id : publicIds) {
            if (!PublicId.isWellFormed(id)) throw new IllegalArgumentException("selection ids: '" + id + "' is not a public incident id");
        }
    }

    public static Selection all() {
        return new Selection(null, null, null, Set.of(), Set.of(), Set.of(), List.of());
    }

    /** The store query that finds the candidates: published only, by period and area; {@link #matches} refines. */
    public IncidentQuery query(int limit, long offset) {
        IncidentQuery q = IncidentQuery.all().withStatuses(Set.of(IncidentStatus.PUBLISHED)).withPeriod(from, to).withBbox(area)
                .page(limit, offset);
        if (governorates.size() == 1) q = q.withGovernorate(governorates.iterator().next());
        if (grades.size() == 1) q = q.withGrade(grades.iterator().next());
        if (parties.size() == 1) q = q.withParty(parties.iterator().next());
        return q;
    }

    /** Whether a published incident belongs to the selection. */
    public boolean matches(PublishedIncident i) {
        if (!publicIds.isEmpty() && !publicIds.contains(i.publicId())) return false;
        if (!i.date().overlaps(from, to)) return false;
        if (area != null && (i.location().point() == null || !area.contains(i.location().point().lat(), i.location().point().lon()))) return false;
        if (!governorates.isEmpty() && !governorates.contains(i.governorateOrUnknown().toLowerCase(Locale.ROOT))) return false;
        if (!parties.isEmpty() && i.partyCodes().stream().noneMatch(parties::contains)) return false;
        return grades.isEmpty() || (i.gradeCode() != null && grades.contains(i.gradeCode()));
    }

    /** The selection written as {@link #parse} reads it ("from=2015-09-30;governorate=idlib,hama"); "" for all. */
    public String filter() {
        List<String> parts = new ArrayList<>();
        if (from != null) parts.add("from=" + from);
        if (to != null) parts.add("to=" + to);
        if (area != null) parts.add("bbox=" + area.minLon() + "," + area.minLat() + "," + area.maxLon() + "," + area.maxLat());
        if (!governorates.isEmpty()) parts.add("governorate=" + String.join(",", governorates));
        if (!parties.isEmpty()) parts.add("party=" + String.join(",", parties));
        if (!grades.isEmpty()) parts.add("grade=" + String.join(",", grades));
        if (!publicIds.isEmpty()) parts.add("ids=" + String.join(",", publicIds));
        return String.join(";", parts);
    }

    /** The criteria in words, for the report's method and the "nothing matched" message. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (from != null || to != null) parts.add("period " + (from == null ? "…" : from) + " to " + (to == null ? "…" : to));
        if (area != null) parts.add("area " + area.minLon() + "," + area.minLat() + "," + area.maxLon() + "," + area.maxLat());
        if (!governorates.isEmpty()) parts.add("governorate " + String.join(" or ", governorates));
        if (!parties.isEmpty()) parts.add("party " + String.join(" or ", parties));
        if (!grades.isEmpty()) parts.add("grade " + String.join(" or ", grades));
        if (!publicIds.isEmpty()) parts.add(publicIds.size() + " listed incidents");
        return parts.isEmpty() ? "all published incidents" : String.join("; ", parts);
    }

    /** Reads {@code key=value;key=value}; commas separate several values of one key. Names the key that is wrong. */
    public static Selection parse(String filter) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (filter == null || filter.isBlank()) return all();
        for (String part : filter.split(";")) {
            if (part.isBlank()) continue;
            int eq = part.indexOf('=');
            if (eq < 0) throw new IllegalArgumentException("filter: '" + part.strip() + "' is not key=value (keys: " + String.join(", ", KEYS) + ")");
            values.computeIfAbsent(part.substring(0, eq).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(part.substring(eq + 1));
        }
        return of(values);
    }

    /**
     * The selection named by keys and their values, as a query string gives them ({@code governorate=Idlib&grade=fair});
     * a value may hold several, separated by commas. Names the key that is wrong, and refuses keys it does not know.
     */
    public static Selection of(Map<String, List<String>> values) {
        LocalDate from = null, to = null;
        BoundingBox area = null;
        Set<String> gov = new LinkedHashSet<>(), parties = new LinkedHashSet<>(), grades = new LinkedHashSet<>();
        List<String> ids = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : values.entrySet()) {
            String key = e.getKey().strip().toLowerCase(Locale.ROOT);
            for (String raw : e.getValue()) {
                String value = raw == null ? "" : raw.strip();
                List<String> list = List.of(value.split(",")).stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
                switch (key) {
                    case "from" -> from = value.isEmpty() ? from : day(key, value);
                    case "to" -> to = value.isEmpty() ? to : day(key, value);
                    case "bbox" -> area = value.isEmpty() ? area : bbox(list);
                    case "governorate" -> gov.addAll(list);
                    case "party" -> parties.addAll(list);
                    case "grade" -> grades.addAll(list);
                    case "ids" -> ids.addAll(list);
                    default -> throw new IllegalArgumentException("filter: unknown key '" + shortened(key) + "' (keys: " + String.join(", ", KEYS) + ")");
                }
            }
        }
        return new Selection(from, to, area, gov, parties, grades, ids);
    }

    /** The keys a filter may name. */
    public static List<String> keys() {
        return KEYS;
    }

    private static String shortened(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    private static LocalDate day(String key, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("filter " + key + ": '" + shortened(value) + "' is not a day like 2015-11-29");
        }
    }

    private static BoundingBox bbox(List<String> v) {
        if (v.size() != 4) throw new IllegalArgumentException("filter bbox: four numbers west,south,east,north, not " + v.size());
        try {
            return new BoundingBox(Double.parseDouble(v.get(0)), Double.parseDouble(v.get(1)), Double.parseDouble(v.get(2)),
                    Double.parseDouble(v.get(3)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("filter bbox: '" + String.join(",", v) + "' has a value that is not a number");
        }
    }

    private static Set<String> lowered(Set<String> s) {
        if (s == null) return Set.of();
        Set<String> out = new LinkedHashSet<>();
        for (String v : s) if (v != null && !v.isBlank()) out.add(v.strip().toLowerCase(Locale.ROOT));
        return java.util.Collections.unmodifiableSet(out);
    }
}
