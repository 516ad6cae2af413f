package org.groundtruth.warning;

import java.util.List;
import org.groundtruth.incident.Incident;

/**
 * The alerts whose flights may have struck an incident: each one warned the incident's place inside its ETA window
 * (issue 11, item 5). What assessment offers attribution as sightings, and the incident page explains.
 */
@FunctionalInterface
public interface IncidentSightings {
    /** The links, nearest warned place first; empty when none, or when the incident has no clock time or town-precise place. */
    List<IncidentLink> linksFor(Incident incident);

    IncidentSightings NONE = incident -> List.of();
}
