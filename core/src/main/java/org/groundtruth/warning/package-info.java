/**
 * Early warning: spotters' sightings of aircraft become alerts naming the populated places a flight threatens, each
 * with an ETA window, in Arabic, English and Ukrainian. Plain values, no I/O.
 *
 * <ul>
 *   <li>{@link org.groundtruth.warning.SightingCheck} turns a spotter's raw fields into a {@link org.groundtruth.warning.Sighting}
 *       or names every bad field. A sighting keeps the spotter ({@link org.groundtruth.warning.Observer}: pseudonym
 *       and post) and the exact position apart from its publishable {@link org.groundtruth.warning.Observation}, whose
 *       position is coarsened ({@link org.groundtruth.warning.CoarsePosition}); everything an alert is made of comes
 *       from observations only.</li>
 *   <li>{@link org.groundtruth.warning.AircraftTable} and {@link org.groundtruth.warning.BaseTable}: reference rows
 *       per theatre, each with its published source (read from CSV by intake).</li>
 *   <li>{@link org.groundtruth.warning.FlightEstimator} and {@link org.groundtruth.warning.Projector}: the threatened
 *       sector of a flight and the places in it with ETA windows (decision 0800).</li>
 *   <li>{@link org.groundtruth.warning.FlightCorrelator} and {@link org.groundtruth.warning.AlertDesk}: one alert per
 *       flight, corroborated, cancelled and expired (decision 0801).</li>
 * </ul>
 */
package org.groundtruth.warning;
