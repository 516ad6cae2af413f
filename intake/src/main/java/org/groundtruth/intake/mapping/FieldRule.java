package org.groundtruth.intake.mapping;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How one Groundtruth field is filled: from a column, from several columns joined (a composite key), or a constant
 * value; with fallback columns for blank cells, a regular expression that derives the value from the cell, date/time
 * patterns, value translations (matched ignoring case), a list separator and a default for blank cells.
 *
 * @param column       the source column, or null when the value is constant (the first part of a composite)
 * @param constant     the value for every row, or null
 * @param formats      java.time patterns tried in order (date, date_end, time)
 * @param separator    between list items (objects, perpetrators, weapons)
 * @param translations source value (lower-cased) to Groundtruth value
 * @param defaultValue used when the cell is blank
 * @param composite    columns whose cells are joined with "/" into one value ({@code columns: [Code, Date]}); empty
 *                     for a single column
 * @param fallbacks    columns read in turn when the column gives no value ({@code fallback: Town})
 * @param pattern      applied to each cell read: the value is its first group (or the whole match); a cell it does not
 *                     match gives no value; null for none
 */
public record FieldRule(MappingField field, String column, String constant, List<String> formats,
                        List<DateTimeFormatter> formatters, String separator, Map<String, String> translations,
                        String defaultValue, List<String> composite, List<String> fallbacks, Pattern pattern) {

    public FieldRule {
        formats = List.copyOf(formats);
        formatters = List.copyOf(formatters);
        translations = Map.copyOf(translations);
        composite = composite == null ? List.of() : List.copyOf(composite);
        fallbacks = fallbacks == null ? List.of() : List.copyOf(fallbacks);
    }

    public FieldRule(MappingField field, String column, String constant, List<String> formats, List<DateTimeFormatter> formatters,
                     String separator, Map<String, String> translations, String defaultValue) {
        this(field, column, constant, formats, formatters, separator, translations, defaultValue, List.of(), List.of(), null);
    }

    /** Every column the rule reads, for checking that the file has them. */
    public List<String> columnsRead() {
        List<String> out = new ArrayList<>();
        if (composite.isEmpty() && column != null) out.add(column);
        out.addAll(composite);
        out.addAll(fallbacks);
        return out;
    }

    /** The value translated when a translation exists for it, else unchanged. */
    public String translate(String value) {
        if (value == null || translations.isEmpty()) return value;
        return translations.getOrDefault(value.strip().toLowerCase(Locale.ROOT), value);
    }
}
