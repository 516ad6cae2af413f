package org.groundtruth.publish.report;

import org.groundtruth.incident.CountRange;
import org.groundtruth.publication.RangeTotal;
import org.groundtruth.publication.ReportLanguage;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A report's words in its language, from {@code wording_en.properties} and {@code wording_ar.properties} (UTF-8).
 * Every sentence the renderer prints comes from here, so that a translation is one file.
 */
final class Wording {
    private final ResourceBundle words;
    private final Locale locale;

    Wording(ReportLanguage language) {
        this.locale = language.locale();
        this.words = ResourceBundle.getBundle("org.groundtruth.publish.report.wording", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    String get(String key, Object... args) {
        String pattern = words.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }

    /** The word for a code ("grade.fair"), or the code itself when the catalogue has none. */
    String label(String prefix, String code) {
        try {
            return words.getString(prefix + "." + code);
        } catch (MissingResourceException e) {
            return code;
        }
    }

    String parties(List<String> codes) {
        if (codes.isEmpty()) return get("party.unknown");
        return codes.stream().map(c -> label("party", c)).collect(Collectors.joining(get("or")));
    }

    String range(RangeTotal t) {
        if (t.counted() == 0) return get("unknown");
        if (t.openEnded()) return get("atLeast", String.valueOf(t.min()));
        return t.min() == t.max() ? String.valueOf(t.min()) : t.min() + "–" + t.max();
    }

    String range(CountRange r) {
        if (!r.isKnown()) return get("unknown");
        if (r.max() == null) return get("atLeast", String.valueOf(r.min()));
        return r.min().equals(r.max()) ? String.valueOf(r.min()) : r.min() + "–" + r.max();
    }
}
