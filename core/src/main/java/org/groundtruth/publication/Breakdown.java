package org.groundtruth.publication;

import java.util.Objects;

/** One row of a summary table: a governorate or a party, its incidents, and the civilians killed and injured. */
public record Breakdown(String label, int incidents, RangeTotal killed, RangeTotal injured) {
    public Breakdown {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(killed, "killed");
        Objects.requireNonNull(injured, "injured");
    }

    Breakdown plus(PublishedIncident i) {
        return new Breakdown(label, incidents + 1, killed.plus(i.casualties().killed()), injured.plus(i.casualties().injured()));
    }
}
