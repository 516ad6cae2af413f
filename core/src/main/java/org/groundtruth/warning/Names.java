package org.groundtruth.warning;

import java.text.Normalizer;
import java.util.Locale;

/** Keys for looking up reference rows by what a person typed or chose: "Su-24M", "su24m" and "SU 24 M" alike. */
final class Names {
    private Names() {
    }

    static String key(String text) {
        if (text == null) return "";
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    static String required(String value, String what) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(what + " is missing");
        return value.strip();
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static String theatre(String code) {
        String t = required(code, "theatre").toUpperCase(Locale.ROOT);
        if (!t.matches("[A-Z]{2}")) throw new IllegalArgumentException("theatre '" + Heading.abbreviate(code) + "' is not an ISO country code (SY, UA)");
        return t;
    }
}
