package org.groundtruth.warning;

import java.util.List;

/**
 * A sighting log that cannot be replayed, with every problem found, each naming its line and field; never a spotter's
 * pseudonym or post.
 */
public final class SightingLogRejectedException extends IllegalArgumentException {
    private final List<String> problems;

    public SightingLogRejectedException(List<String> problems) {
        super(problems.size() == 1 ? problems.getFirst() : problems.size() + " problems, first: " + problems.getFirst());
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
