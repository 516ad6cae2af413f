package org.groundtruth.extraction;

import org.groundtruth.incident.CountRange;

import java.util.List;
import java.util.Objects;

/**
 * One casualty figure of a candidate, with every span it rests on.
 *
 * @param count     the range
 * @param qualifier how the source bounded it (of the mention chosen)
 * @param spans     the mentions behind it: one, or the parts that were added up ("a woman and a child")
 */
public record CasualtyFigure(CountRange count, Quantity.Qualifier qualifier, List<Span> spans) {
    public CasualtyFigure {
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(qualifier, "qualifier");
        spans = List.copyOf(spans);
        if (spans.isEmpty()) throw new IllegalArgumentException("a figure rests on at least one span");
    }
}
