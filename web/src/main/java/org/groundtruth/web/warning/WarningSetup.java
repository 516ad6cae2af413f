package org.groundtruth.web.warning;

import java.util.List;
import java.util.Objects;
import org.groundtruth.warning.AircraftTable;
import org.groundtruth.warning.BaseTable;
import org.groundtruth.warning.PopulatedPlace;
import org.groundtruth.warning.ProjectionModel;
import org.groundtruth.warning.SightingLogFormat;

/**
 * What early warning runs on: the reference tables (read by the app from intake's files), the places that can be
 * warned (from the gazetteer), the projection model, the spotters' rate limit and, optionally, an MQTT broker.
 *
 * @param aircraft       aircraft reference table
 * @param bases          bases reference table
 * @param places         populated places that alerts may name
 * @param model          the projection's numbers
 * @param rateBurst      sightings a spotter may send at once
 * @param ratePerMinute  and then per minute
 * @param mqttBroker     {@code tcp://host:port} of the broker for sightings in and alerts out, or null for none
 * @param sources        other feeds of sightings the server starts beside the API and MQTT (a replayed log)
 * @param logFormat      reads sighting logs that admins send for a drill ({@code POST /api/sightings/replays}), or null
 *                       when the server takes none
 */
public record WarningSetup(AircraftTable aircraft, BaseTable bases, List<PopulatedPlace> places, ProjectionModel model, int rateBurst,
                           double ratePerMinute, String mqttBroker, List<SightingSource> sources, SightingLogFormat logFormat) {
    public WarningSetup {
        Objects.requireNonNull(aircraft, "aircraft");
        Objects.requireNonNull(bases, "bases");
        places = List.copyOf(places);
        sources = sources == null ? List.of() : List.copyOf(sources);
        Objects.requireNonNull(model, "model");
        if (mqttBroker != null && mqttBroker.isBlank()) mqttBroker = null;
        if (mqttBroker != null && !mqttBroker.matches("(tcp|ssl)://[^\\s/]+:\\d{1,5}")) {
            throw new IllegalArgumentException("--mqtt: '" + mqttBroker + "' is not tcp://host:port (or ssl://host:port)");
        }
    }

    /** The defaults: 10 sightings at once, then 30 a minute, per spotter; no broker. */
    public static WarningSetup of(AircraftTable aircraft, BaseTable bases, List<PopulatedPlace> places) {
        return new WarningSetup(aircraft, bases, places, ProjectionModel.DEFAULT, 10, 30, null, List.of(), null);
    }

    public WarningSetup withMqtt(String broker) {
        return new WarningSetup(aircraft, bases, places, model, rateBurst, ratePerMinute, broker, sources, logFormat);
    }

    public WarningSetup withRateLimit(int burst, double perMinute) {
        return new WarningSetup(aircraft, bases, places, model, burst, perMinute, mqttBroker, sources, logFormat);
    }

    public WarningSetup withModel(ProjectionModel newModel) {
        return new WarningSetup(aircraft, bases, places, newModel, rateBurst, ratePerMinute, mqttBroker, sources, logFormat);
    }

    /**
     * The store's live sightings as evidence of who struck its incidents (decision 0814), projected with this setup's
     * tables, places and model.
     */
    public org.groundtruth.warning.IncidentSightings evidence(org.groundtruth.store.Store store) {
        return new org.groundtruth.warning.FlightEvidence(store.port(org.groundtruth.warning.SightingLedger.PORT), aircraft, bases,
                new org.groundtruth.warning.Projector(places, model));
    }

    /** Takes sighting logs in this format from admins, for drills on the running server. */
    public WarningSetup withLogFormat(SightingLogFormat format) {
        return new WarningSetup(aircraft, bases, places, model, rateBurst, ratePerMinute, mqttBroker, sources, format);
    }

    /** Adds a feed of sightings (a replayed log) that the server starts with the service. */
    public WarningSetup withSource(SightingSource source) {
        List<SightingSource> more = new java.util.ArrayList<>(sources);
        more.add(source);
        return new WarningSetup(aircraft, bases, places, model, rateBurst, ratePerMinute, mqttBroker, more, logFormat);
    }
}
