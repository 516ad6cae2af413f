package org.groundtruth.grading;

import org.groundtruth.attribution.Party;
import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.Source;

import java.util.List;
import java.util.Set;

/**
 * What grading looks at, as plain values.
 *
 * @param sources       the sources of the incident's reports, one per report
 * @param texts         the report texts (for combatant-only wording)
 * @param allegations   per alleged perpetrator as the sources wrote it, the parties it names (a joint
 *                      "Russian or Syrian" is one allegation naming two)
 * @param admitted      parties that admitted the strike
 * @param claimedBy     parties whose own claims match the incident well (score at least 0.5)
 * @param actionNearby  why belligerent action nearby is established (a matched claim, activity of the alleged party
 *                      nearby), or null when it is not
 */
public record GradingInput(List<Source> sources, List<String> texts, Casualties casualties, List<Set<Party>> allegations,
                           Set<Party> admitted, Set<Party> claimedBy, String actionNearby) {
    public GradingInput {
        sources = List.copyOf(sources);
        texts = texts == null ? List.of() : texts.stream().map(t -> t == null ? "" : t).toList();
        casualties = casualties == null ? Casualties.UNKNOWN : casualties;
        allegations = allegations == null ? List.of() : allegations.stream().map(Set::copyOf).toList();
        admitted = admitted == null ? Set.of() : Set.copyOf(admitted);
        claimedBy = claimedBy == null ? Set.of() : Set.copyOf(claimedBy);
    }
}
