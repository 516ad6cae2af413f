package org.groundtruth.objective;

import org.groundtruth.incident.CivilianObject;

import java.util.List;
import java.util.Set;

/**
 * What is known about military objectives around one incident.
 *
 * @param nearest           the nearest objective active during the incident's date window, null when none is known
 * @param nearestDistanceKm its distance from the incident's point, NaN when there is none
 * @param uncertaintyKm     the incident's location uncertainty, NaN when not placed
 * @param protectedHit      the specially protected objects the sources say were hit
 * @param statement         the plainly worded finding ("No military objective known within 1 km of a market struck at midday")
 * @param caveat            what the analysis cannot say
 */
public record ObjectiveAnalysis(MilitaryObjective nearest, double nearestDistanceKm, double uncertaintyKm,
                                ArmedPresenceScan.Findings armedPresence, Set<CivilianObject> protectedHit,
                                ConcernLevel concern, String statement, String caveat) {
    public ObjectiveAnalysis {
        protectedHit = Set.copyOf(protectedHit);
    }

    public List<String> armedPresenceMentions() {
        return armedPresence.mentions();
    }
}
