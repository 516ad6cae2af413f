package org.groundtruth.warning;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a sighting log to replay (decision 0810): the sighting's fields as a spotter sent them, the spotter's
 * pseudonym in {@code fields.spotter()}, and its time, parsed.
 *
 * @param line       1-based line number in the log, for messages
 * @param fields     the fields, unchecked
 * @param observedAt when the line says it was seen
 */
public record SightingLogLine(int line, SightingInput fields, Instant observedAt) {
    public SightingLogLine {
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(observedAt, "observedAt");
    }
}
