/**
 * Incidents and their reports: the domain types, the query model, and the {@link org.groundtruth.incident.IncidentStore}
 * port that storage adapters implement. No I/O here.
 */
package org.groundtruth.incident;
