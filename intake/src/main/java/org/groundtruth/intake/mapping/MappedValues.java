package org.groundtruth.intake.mapping;

import org.groundtruth.incident.CountRange;
import org.groundtruth.intake.interpret.CoordinateCheck;
import org.groundtruth.intake.interpret.Counts;
import org.groundtruth.intake.interpret.DateFormats;
import org.groundtruth.intake.interpret.Texts;
import org.groundtruth.time.DatePrecision;
import org.groundtruth.time.IncidentDate;
import org.groundtruth.time.PartOfDay;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads mapped values from one row through a {@link MappingSpec}, reporting each problem on the mapped column:
 * shared by the incident ({@link MappingFormat}) and the claims ({@link ClaimMapping}) mappings.
 */
public final class MappedValues {
    private final MappingSpec spec;
    private final Map<MappingField, DateFormats> dateFormats;
    final Cells row;

    MappedValues(MappingSpec spec, Map<MappingField, DateFormats> dateFormats, Cells row) {
        this.spec = spec;
        this.dateFormats = dateFormats;
        this.row = row;
    }

    /** The date formats of a spec's date fields, built once per import. */
    static Map<MappingField, DateFormats> dateFormatsOf(MappingSpec spec) {
        Map<MappingField, DateFormats> out = new EnumMap<>(MappingField.class);
        for (MappingField f : List.of(MappingField.DATE, MappingField.DATE_END)) {
            FieldRule r = spec.rule(f);
            if (r != null) out.put(f, DateFormats.of(r.formats()));
        }
        return out;
    }

    /**
     * The value before translation: the constant; else the column's cell (the composite's joined cells), else the first
     * fallback column that gives one, each through the rule's pattern when it has one; else the default.
     */
    String raw(MappingField field) {
        FieldRule r = spec.rule(field);
        if (r == null) return null;
        if (r.constant() != null) return r.constant();
        String value = derived(r, r.composite().isEmpty() ? row.text(r.column()) : composite(r));
        for (int k = 0; value == null && k < r.fallbacks().size(); k++) value = derived(r, row.text(r.fallbacks().get(k)));
        return value != null ? value : r.defaultValue();
    }

    /** The cells of a composite rule joined with "/" (a blank cell is an empty part); null when all are blank. */
    private String composite(FieldRule r) {
        List<String> parts = new ArrayList<>(r.composite().size());
        boolean any = false;
        for (String c : r.composite()) {
            String v = row.text(c);
            any |= v != null;
            parts.add(v == null ? "" : v);
        }
        return any ? String.join("/", parts) : null;
    }

    /** The cell through the rule's pattern: its first group that matched, or the whole match; null when it does not match. */
    private static String derived(FieldRule r, String cell) {
        if (cell == null || r.pattern() == null) return cell;
        java.util.regex.Matcher m = r.pattern().matcher(cell);
        if (!m.find()) return null;
        String v = m.groupCount() == 0 ? m.group() : null;
        for (int g = 1; v == null && g <= m.groupCount(); g++) v = m.group(g); // the first group that took part
        return v == null || v.isBlank() ? null : v.strip();
    }

    String text(MappingField field) {
        FieldRule r = spec.rule(field);
        return r == null ? null : r.translate(raw(field));
    }

    /** Whether the value had a translation in the rule's {@code values} (false when there are none or it is blank). */
    boolean translated(MappingField field) {
        FieldRule r = spec.rule(field);
        String value = raw(field);
        return r != null && value != null && r.translations().containsKey(value.strip().toLowerCase(Locale.ROOT));
    }

    List<String> list(MappingField field) {
        FieldRule r = spec.rule(field);
        String value = raw(field);
        if (r == null || value == null) return List.of();
        List<String> out = new ArrayList<>();
        for (String item : Texts.split(value, r.separator())) {
            String t = r.translate(item);
            if (t != null && !t.isBlank()) out.add(t.strip());
        }
        return out;
    }

    /** The column the field is read from (its key when it is a constant), for messages. */
    String columnOf(MappingField field) {
        FieldRule r = spec.rule(field);
        return r == null || r.column() == null ? field.key() : r.column();
    }

    void problem(MappingField field, String message) {
        row.problem(columnOf(field), message);
    }

    IncidentDate date(MappingField field) {
        String value = text(field);
        if (value == null) return null;
        try {
            return dateFormats.get(field).date(value);
        } catch (IllegalArgumentException e) {
            problem(field, e.getMessage());
            return null;
        }
    }

    /**
     * The date window from date, date_end, date_precision, time and utc_offset. A declared precision widens the
     * window's own; with {@code strictPrecision} a declared precision narrower than the data is a contradiction.
     */
    IncidentDate incidentDate(boolean strictPrecision) {
        IncidentDate start = date(MappingField.DATE);
        IncidentDate end = date(MappingField.DATE_END);
        if (start == null) {
            if (!row.hasProblems()) problem(MappingField.DATE, "no date");
            return null;
        }
        IncidentDate result = start;
        if (end != null) {
            if (end.lastDay().isBefore(start.firstDay())) {
                problem(MappingField.DATE_END, "the end " + end.lastDay() + " is before the start " + start.firstDay());
                return null;
            }
            result = IncidentDate.between(start.firstDay(), end.lastDay());
        }
        PartOfDay part = partOfDay();
        LocalTime time = part != null ? null : time();
        String precision = text(MappingField.DATE_PRECISION);
        DatePrecision declared = null;
        if (precision != null) {
            try {
                declared = DatePrecision.valueOf(precision.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException e) {
                problem(MappingField.DATE_PRECISION, "'" + precision + "' is not one of exact_time, day, week, month, year"
                        + " (translate it with values: in the mapping)");
                return null;
            }
            if (strictPrecision) {
                DatePrecision data = result.precision() != DatePrecision.DAY ? result.precision()
                        : time != null ? DatePrecision.EXACT_TIME : part != null ? DatePrecision.PART_OF_DAY : DatePrecision.DAY;
                if (declared.compareTo(data) < 0 || (declared == DatePrecision.EXACT_TIME && time == null)) {
                    problem(MappingField.DATE_PRECISION, "precision " + declared.name().toLowerCase(Locale.ROOT)
                            + " contradicts the date " + result.display() + (time != null ? " " + time : "")
                            + (declared == DatePrecision.EXACT_TIME && time == null ? " (no time of day is given)" : ""));
                    return null;
                }
            }
            if (declared.compareTo(result.precision()) > 0) {
                result = new IncidentDate(result.firstDay(), result.lastDay(), null, null, declared);
            }
        }
        if (part != null && result.precision() == DatePrecision.DAY) {
            result = IncidentDate.partOfDay(result.firstDay(), part.start(), offset(result.firstDay(), part.start()));
        } else if (part != null && strictPrecision) {
            problem(MappingField.TIME, "a part of the day contradicts a date window of " + result.display()
                    + " (" + result.precision().name().toLowerCase(Locale.ROOT) + " precision)");
            return null;
        } else if (time != null && result.precision() == DatePrecision.DAY) {
            result = IncidentDate.at(result.firstDay(), time, offset(result.firstDay(), time));
        } else if (time != null && strictPrecision) {
            problem(MappingField.TIME, "a time of day contradicts a date window of " + result.display()
                    + " (" + result.precision().name().toLowerCase(Locale.ROOT) + " precision)");
            return null;
        }
        return result;
    }

    /**
     * The part of the day the time cell names in words ("morning", "during the night", "صباحاً", after the rule's
     * {@code values}), or null when it is a clock time or blank.
     */
    PartOfDay partOfDay() {
        String value = text(MappingField.TIME);
        return value == null ? null : PartOfDay.parse(value).orElse(null);
    }

    LocalTime time() {
        FieldRule r = spec.rule(MappingField.TIME);
        String value = text(MappingField.TIME);
        if (r == null || value == null) return null;
        try {
            return DateFormats.time(value, r.formatters());
        } catch (IllegalArgumentException e) {
            problem(MappingField.TIME, e.getMessage());
            return null;
        }
    }

    ZoneOffset offset(LocalDate day, LocalTime time) {
        String value = text(MappingField.UTC_OFFSET);
        if (value == null) return null;
        try {
            if (value.startsWith("+") || value.startsWith("-") || value.equals("Z")) return ZoneOffset.of(value);
            return ZoneId.of(value).getRules().getOffset(day.atTime(time));
        } catch (RuntimeException e) {
            problem(MappingField.UTC_OFFSET, "'" + value + "' is neither a UTC offset (+03:00) nor a time zone (Asia/Damascus)");
            return null;
        }
    }

    Double degrees(MappingField field) {
        String value = text(field);
        if (value == null) return null;
        try {
            return CoordinateCheck.degrees(value);
        } catch (IllegalArgumentException e) {
            problem(field, e.getMessage());
            return null;
        }
    }

    CountRange range(MappingField field) {
        String value = text(field);
        if (value == null) return null;
        try {
            return Counts.range(value);
        } catch (IllegalArgumentException e) {
            problem(field, e.getMessage());
            return null;
        }
    }

    /** A decimal number, or null when blank; a value that is not a number is a problem on the column. */
    Double number(MappingField field) {
        String value = text(field);
        if (value == null) return null;
        try {
            double d = Double.parseDouble(value.strip().replace(',', '.'));
            if (!Double.isFinite(d)) throw new NumberFormatException();
            return d;
        } catch (NumberFormatException e) {
            problem(field, "'" + value + "' is not a number");
            return null;
        }
    }
}
