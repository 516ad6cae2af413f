package org.groundtruth.intake.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * How a CSV file is written.
 *
 * @param nullTokens cell values that mean "no value" besides the empty cell (R's "NA", "N/A", "-")
 */
public record CsvOptions(char delimiter, char quote, Charset charset, Set<String> nullTokens) {
    public static final CsvOptions STANDARD = new CsvOptions(',', '"', StandardCharsets.UTF_8, Set.of());
    /** Files written by R: missing values are "NA". */
    public static final CsvOptions R_EXPORT = new CsvOptions(',', '"', StandardCharsets.UTF_8, Set.of("NA"));

    public CsvOptions {
        if (delimiter == quote) throw new IllegalArgumentException("delimiter and quote are both '" + delimiter + "'");
        if (delimiter == '\n' || delimiter == '\r') throw new IllegalArgumentException("a line break cannot be the delimiter");
        nullTokens = Set.copyOf(nullTokens);
    }
}
