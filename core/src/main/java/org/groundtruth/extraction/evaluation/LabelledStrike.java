package org.groundtruth.extraction.evaluation;

import java.util.Objects;

/** One strike a labelled text describes, field by field. */
public record LabelledStrike(Gold.Day date, Gold.Where place, Gold.Count killed, Gold.Count injured, Gold.Count children,
                             Gold.Count women, Gold.Codes objects, Gold.Codes parties) {
    public LabelledStrike {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(killed, "killed");
        Objects.requireNonNull(injured, "injured");
        Objects.requireNonNull(children, "children");
        Objects.requireNonNull(women, "women");
        Objects.requireNonNull(objects, "objects");
        Objects.requireNonNull(parties, "parties");
    }
}
