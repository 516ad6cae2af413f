package org.groundtruth.warning;

import org.groundtruth.attribution.Party;
import org.groundtruth.place.Coordinates;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An air base (or launch area) that flights start from, with who operates from it and the publication saying so.
 * A base is public knowledge: unlike a spotter's post, it may appear in alerts.
 *
 * @param code      a short stable code (ICAO where there is one: "OSLK")
 * @param name      the name in English alert texts ("Hmeimim air base")
 * @param nameAr    the name in Arabic texts
 * @param nameUk    the name in Ukrainian texts
 * @param aliases   other names a spotter may send ("Khmeimim", "Bassel al-Assad", "حميميم")
 * @param point     where it is
 * @param theatre   ISO country code of the theatre whose sightings name it ("SY"); a base outside the country
 *                  (Russian bases launching into Ukraine) belongs to the theatre it strikes
 * @param operators parties that fly from it; never empty
 * @param source    the publications the row rests on
 */
public record Base(String code, String name, String nameAr, String nameUk, List<String> aliases, Coordinates point, String theatre,
                   Set<Party> operators, String source) {
    public Base {
        code = Names.required(code, "base code");
        name = Names.required(name, "base name");
        nameAr = Objects.requireNonNullElse(Names.optional(nameAr), name);
        nameUk = Objects.requireNonNullElse(Names.optional(nameUk), name);
        aliases = aliases == null ? List.of() : aliases.stream().filter(a -> a != null && !a.isBlank()).map(String::strip).toList();
        Objects.requireNonNull(point, "base point");
        theatre = Names.theatre(theatre);
        if (operators == null || operators.isEmpty()) throw new IllegalArgumentException("base '" + code + "' names no operator");
        operators = java.util.Collections.unmodifiableSet(EnumSet.copyOf(operators));
        if (source == null || source.isBlank()) throw new IllegalArgumentException("base '" + code + "' has no source");
    }

    public boolean isNamed(String text) {
        String k = Names.key(text);
        if (k.isEmpty()) return false;
        if (Names.key(code).equals(k) || Names.key(name).equals(k) || Names.key(nameAr).equals(k) || Names.key(nameUk).equals(k)) return true;
        for (String a : aliases) if (Names.key(a).equals(k)) return true;
        return false;
    }

    public String nameIn(Language language) {
        return switch (language) {
            case AR -> nameAr;
            case UK -> nameUk;
            case EN -> name;
        };
    }
}
