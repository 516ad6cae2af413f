package org.groundtruth.extraction;

import java.util.Locale;
import java.util.Optional;

/** The languages the extractor reads. Anything else is refused with a clear message, never guessed at. */
public enum Language {
    ENGLISH("en"),
    ARABIC("ar"),
    UKRAINIAN("uk");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** ISO 639-1 code. */
    public String code() {
        return code;
    }

    /** "en", "ar", "uk" (or ISO 639-3 "eng", "ara", "ukr", or the English name), any case. */
    public static Optional<Language> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Language l : values()) {
            if (l.code.equals(t) || l.name().toLowerCase(Locale.ROOT).equals(t)) return Optional.of(l);
        }
        return switch (t) {
            case "eng" -> Optional.of(ENGLISH);
            case "ara", "arb" -> Optional.of(ARABIC);
            case "ukr" -> Optional.of(UKRAINIAN);
            default -> Optional.empty();
        };
    }
}
