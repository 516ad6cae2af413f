package org.groundtruth.warning;

import org.groundtruth.place.Coordinates;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A warning for one flight, as published: built from {@link Observation}s only, so it carries no spotter's name,
 * post or exact position; {@code spotterCount} says how many spotters corroborate it, never who.
 *
 * @param id            stable for the flight's life
 * @param level         info, watch, urgent
 * @param state         active, cancelled, expired
 * @param aircraft      the type seen
 * @param count         the most aircraft any sighting of the flight counted
 * @param lastEvent     what the latest sighting saw
 * @param base          the base it left (or landed at), when known: bases are public
 * @param headingDeg    the sector's heading, null when the direction is not known
 * @param basis         how the projection was made ("take-off with heading NE", "track of 3 positions")
 * @param threats       threatened places in order of arrival
 * @param area          the sector's outline, a closed ring
 * @param issuedAt      when the first sighting of the flight was accepted
 * @param updatedAt     when the alert last changed
 * @param expiresAt     when it expires unless a sighting refreshes it
 * @param spotterCount  how many distinct spotters saw the flight
 * @param sightingCount how many sightings it rests on
 * @param texts         the alert in Arabic, English and Ukrainian
 * @param exercise      true when the flight was replayed in a drill or a demo (decision 0810): the texts and every
 *                      channel say so, and it is never evidence
 */
public record Alert(String id, AlertLevel level, AlertState state, AircraftType aircraft, int count, EventKind lastEvent, Base base,
                    Double headingDeg, String basis, List<Threat> threats, List<Coordinates> area, Instant issuedAt, Instant updatedAt,
                    Instant expiresAt, int spotterCount, int sightingCount, Map<Language, String> texts, boolean exercise) {
    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(aircraft, "aircraft");
        threats = List.copyOf(threats);
        area = List.copyOf(area);
        texts = java.util.Collections.unmodifiableMap(new EnumMap<>(texts));
        if (texts.size() != Language.values().length) throw new IllegalArgumentException("an alert has a text in every language");
    }

    /** A live alert. */
    public Alert(String id, AlertLevel level, AlertState state, AircraftType aircraft, int count, EventKind lastEvent, Base base,
                 Double headingDeg, String basis, List<Threat> threats, List<Coordinates> area, Instant issuedAt, Instant updatedAt,
                 Instant expiresAt, int spotterCount, int sightingCount, Map<Language, String> texts) {
        this(id, level, state, aircraft, count, lastEvent, base, headingDeg, basis, threats, area, issuedAt, updatedAt, expiresAt, spotterCount,
                sightingCount, texts, false);
    }

    public String theatre() {
        return aircraft.theatre();
    }

    public String text(Language language) {
        return texts.get(language);
    }

    public Optional<Instant> earliestEta() {
        return threats.stream().map(Threat::earliest).min(Instant::compareTo);
    }

    /** The governorates and districts of the threatened places, in order of first arrival. */
    public Set<AdminArea> adminAreas() {
        Set<AdminArea> out = new LinkedHashSet<>();
        for (Threat t : threats) out.add(AdminArea.of(t.place()));
        return out;
    }
}
