package org.groundtruth.publication;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a source's terms let us do with its rows when we publish (decision 0901). */
public enum Republication {
    /** Its values, name and link may be published with the attribution its licence asks for. */
    OPEN,
    /**
     * Its terms forbid republishing its rows (ACLED): only a reference to the source's own record id may appear,
     * never its values, its notes or its text.
     */
    REFERENCE_ONLY,
    /** Confidential or unmarked: neither its name nor its link nor its id may appear; it is only counted. */
    RESTRICTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Republication> parse(String text) {
        if (text == null) return Optional.empty();
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(r -> r.name().equals(key)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Republication::code).toList());
    }
}
