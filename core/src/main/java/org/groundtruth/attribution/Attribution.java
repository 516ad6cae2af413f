package org.groundtruth.attribution;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who most likely carried out a strike.
 *
 * @param candidates every party, most probable first; probabilities sum to 1
 * @param verdict    the parties the evidence points to: one, two that cannot be told apart ("Russian military or
 *                   Syrian government"), or none (unknown)
 * @param explanation one or two sentences a reviewer can check
 */
public record Attribution(List<Candidate> candidates, Set<Party> verdict, String explanation) {
    public Attribution {
        candidates = List.copyOf(candidates);
        verdict = Set.copyOf(verdict);
    }

    public boolean unknown() {
        return verdict.isEmpty();
    }

    public boolean joint() {
        return verdict.size() > 1;
    }

    /** "Russian military", "Russian military or Syrian government", "unknown". */
    public String verdictLabel() {
        if (verdict.isEmpty()) return "unknown";
        return candidates.stream().map(Candidate::party).filter(verdict::contains).map(Party::label)
                .collect(Collectors.joining(" or "));
    }

    /** Codes of the verdict's parties, or "unknown". */
    public List<String> verdictCodes() {
        if (verdict.isEmpty()) return List.of("unknown");
        return candidates.stream().map(Candidate::party).filter(verdict::contains).map(Party::code).toList();
    }

    public double probabilityOf(Party p) {
        return candidates.stream().filter(c -> c.party() == p).mapToDouble(Candidate::probability).findFirst().orElse(0);
    }
}
