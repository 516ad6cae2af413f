package org.groundtruth.warning;

import java.util.Locale;
import java.util.Optional;

/** The languages alerts are written in. */
public enum Language {
    AR, EN, UK;

    /** ISO 639-1 code, as CAP's {@code language} and the UI's {@code lang} attribute use it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Language> parse(String code) {
        if (code == null) return Optional.empty();
        for (Language l : values()) if (l.code().equalsIgnoreCase(code.strip())) return Optional.of(l);
        return Optional.empty();
    }
}
