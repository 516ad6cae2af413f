package org.groundtruth.attribution;

import org.groundtruth.incident.IncidentFacts;

import java.util.List;
import java.util.Objects;

/**
 * Everything attribution looks at for one incident, as plain values.
 *
 * @param facts      the incident: alleged perpetrators, weapons, date (time of day), place (theatre)
 * @param statements matched claims and responses of the parties
 * @param activity   parties active nearby, from {@link ActivityIndex}; {@link ActivityCounts#none} when not known
 * @param sightings  spotter observations linked to the incident, usually none
 * @param datasets   the datasets the incident's reports came from ("ucdp-ged"), for {@link SourceCoding}
 */
public record AttributionInput(long incidentId, IncidentFacts facts, List<PartyStatement> statements, ActivityCounts activity,
                               List<Sighting> sightings, java.util.Set<String> datasets) {
    public AttributionInput(long incidentId, IncidentFacts facts, List<PartyStatement> statements, ActivityCounts activity,
                            List<Sighting> sightings) {
        this(incidentId, facts, statements, activity, sightings, java.util.Set.of());
    }

    public AttributionInput {
        datasets = datasets == null ? java.util.Set.of() : java.util.Set.copyOf(datasets);
        Objects.requireNonNull(facts, "facts");
        statements = statements == null ? List.of() : List.copyOf(statements);
        activity = activity == null ? ActivityCounts.none(0, 0) : activity;
        sightings = sightings == null ? List.of() : List.copyOf(sightings);
    }
}
