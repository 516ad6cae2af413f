package org.groundtruth.intake.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A condition under which a row is skipped, not imported ({@code skip:} in a mapping file): the cell of
 * {@code column} equals one of {@code values} (ignoring case and surrounding spaces), matches {@code pattern}
 * somewhere, or is blank ({@code empty: true}). Skipped rows are counted in the import's report, never stored.
 *
 * @param key where the rule is in the mapping ("skip[0]"), for messages
 */
public record SkipRule(String key, String column, Set<String> values, Pattern pattern, boolean empty) {
    public SkipRule {
        values = values == null ? Set.of() : values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** Whether a row whose cells {@code cell} gives is skipped (a cell is null when blank or a null token). */
    public boolean skips(Function<String, String> cell) {
        String v = cell.apply(column);
        if (empty && v == null) return true;
        if (v == null) return false;
        if (values.contains(v.strip().toLowerCase(Locale.ROOT))) return true;
        return pattern != null && pattern.matcher(v).find();
    }

    /** Whether any of the rules skips the row. */
    public static boolean any(List<SkipRule> rules, Function<String, String> cell) {
        for (SkipRule r : rules) if (r.skips(cell)) return true;
        return false;
    }
}
