package org.groundtruth.intake.mapping;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How one Groundtruth field is filled: from a column, or a constant value; with date/time patterns, value
 * translations (matched ignoring case), a list separator and a default for blank cells.
 *
 * @param column       the source column, or null when the value is constant
 * @param constant     the value for every row, or null
 * @param formats      java.time patterns tried in order (date, date_end, time)
 * @param separator    between list items (objects, perpetrators, weapons)
 * @param translations source value (lower-cased) to Groundtruth value
 * @param defaultValue used when the cell is blank
 */
public record FieldRule(MappingField field, String column, String constant, List<String> formats,
                        List<DateTimeFormatter> formatters, String separator, Map<String, String> translations,
                        String defaultValue) {

    public FieldRule {
        formats = List.copyOf(formats);
        formatters = List.copyOf(formatters);
        translations = Map.copyOf(translations);
    }

    /** The value translated when a translation exists for it, else unchanged. */
    public String translate(String value) {
        if (value == null || translations.isEmpty()) return value;
        return translations.getOrDefault(value.strip().toLowerCase(Locale.ROOT), value);
    }
}
