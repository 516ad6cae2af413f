package org.groundtruth.attribution;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the aircraft and munitions reference table: in a theatre, which parties fly or use a type, and the
 * published source that says so. Loaded from {@code attribution/weapons.csv} (intake), checked here.
 *
 * @param theatre  country code of the theatre ("SY")
 * @param type     the type as named ("Su-34", "RBK-500 cluster bomb")
 * @param aliases  other spellings found in reports ("su34", "سوخوي 34"), lower case
 * @param parties  who flies or uses it in that theatre; never empty
 * @param source   the publication the row rests on; never blank
 */
public record WeaponReference(String theatre, String type, List<String> aliases, Set<Party> parties, String source) {
    public WeaponReference {
        if (theatre == null || theatre.isBlank()) throw new IllegalArgumentException("a weapon reference needs a theatre");
        if (type == null || type.isBlank()) throw new IllegalArgumentException("a weapon reference needs a type");
        if (parties == null || parties.isEmpty()) throw new IllegalArgumentException("weapon reference '" + type + "' names no party");
        if (source == null || source.isBlank()) throw new IllegalArgumentException("weapon reference '" + type + "' has no source");
        theatre = theatre.strip().toUpperCase(Locale.ROOT);
        type = type.strip();
        aliases = aliases == null ? List.of() : aliases.stream().map(a -> a.strip().toLowerCase(Locale.ROOT)).filter(a -> !a.isEmpty()).toList();
        parties = java.util.Collections.unmodifiableSet(EnumSet.copyOf(parties));
    }

    /** True when a reported weapon ("2 Su-34 jets") names this type or one of its aliases, as a whole word. */
    public boolean namedIn(String reported) {
        String r = WeaponTable.key(reported);
        if (WeaponTable.containsWord(r, WeaponTable.key(type))) return true;
        for (String a : aliases) if (WeaponTable.containsWord(r, WeaponTable.key(a))) return true;
        return false;
    }
}
