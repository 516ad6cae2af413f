package org.groundtruth.attribution;

import java.util.List;

/** One candidate perpetrator: its probability and the evidence for and against it, in words. */
public record Candidate(Party party, double probability, List<String> evidenceFor, List<String> evidenceAgainst) {
    public Candidate {
        evidenceFor = List.copyOf(evidenceFor);
        evidenceAgainst = List.copyOf(evidenceAgainst);
    }
}
