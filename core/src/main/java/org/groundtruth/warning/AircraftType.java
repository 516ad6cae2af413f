package org.groundtruth.warning;

import org.groundtruth.attribution.Party;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the aircraft reference table: in a theatre, a type, who flies it there, how fast it goes on the way to
 * a target and how far it reaches, with the publication that says so.
 *
 * @param theatre        ISO country code of the theatre ("SY", "UA")
 * @param type           the type as named ("Su-24M")
 * @param aliases        other names a spotter or an app may send ("Su-24", "Fencer", "سوخوي 24")
 * @param nameAr         the name in Arabic alert texts
 * @param nameUk         the name in Ukrainian alert texts
 * @param category       jet, helicopter, drone, cruise missile
 * @param operators      parties that fly it in this theatre (attribution reads it); never empty
 * @param speedMinKmh    the slowest it plausibly flies to a target (gives the latest ETA)
 * @param speedMaxKmh    the fastest (gives the earliest ETA)
 * @param combatRadiusKm how far from its base it can strike and return (one-way range for drones and missiles)
 * @param source         the publications the row rests on; never blank
 */
public record AircraftType(String theatre, String type, List<String> aliases, String nameAr, String nameUk, AircraftCategory category,
                           Set<Party> operators, double speedMinKmh, double speedMaxKmh, double combatRadiusKm, String source) {
    public AircraftType {
        theatre = Names.theatre(theatre);
        type = Names.required(type, "aircraft type");
        aliases = aliases == null ? List.of() : aliases.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
        nameAr = Objects.requireNonNullElse(Names.optional(nameAr), type);
        nameUk = Objects.requireNonNullElse(Names.optional(nameUk), type);
        Objects.requireNonNull(category, "category");
        if (operators == null || operators.isEmpty()) throw new IllegalArgumentException("aircraft '" + type + "' names no operator");
        operators = java.util.Collections.unmodifiableSet(EnumSet.copyOf(operators));
        if (!(speedMinKmh > 0) || !(speedMaxKmh >= speedMinKmh) || speedMaxKmh > 5000) {
            throw new IllegalArgumentException("aircraft '" + type + "': speed band " + speedMinKmh + ".." + speedMaxKmh + " km/h is not 0 < min <= max <= 5000");
        }
        if (!(combatRadiusKm > 0) || combatRadiusKm > 5000) {
            throw new IllegalArgumentException("aircraft '" + type + "': combat radius " + combatRadiusKm + " km is not in 0..5000");
        }
        if (source == null || source.isBlank()) throw new IllegalArgumentException("aircraft '" + type + "' has no source");
    }

    /** True when the text is the type or one of its aliases, ignoring case, spaces and punctuation. */
    public boolean isNamed(String text) {
        String k = Names.key(text);
        if (k.isEmpty()) return false;
        if (Names.key(type).equals(k)) return true;
        for (String a : aliases) if (Names.key(a).equals(k)) return true;
        return false;
    }

    public String nameIn(Language language) {
        return switch (language) {
            case AR -> nameAr;
            case UK -> nameUk;
            case EN -> type;
        };
    }

    /** The middle of the speed band, for a best-guess position along a track. */
    public double typicalSpeedKmh() {
        return (speedMinKmh + speedMaxKmh) / 2;
    }
}
