package org.groundtruth.publication;

import java.util.Arrays;
import java.util.Locale;

/** The languages a report is written in, with the direction their script runs. */
public enum ReportLanguage {
    EN("en", false),
    AR("ar", true);

    private final String tag;
    private final boolean rightToLeft;

    ReportLanguage(String tag, boolean rightToLeft) {
        this.tag = tag;
        this.rightToLeft = rightToLeft;
    }

    public String tag() {
        return tag;
    }

    public boolean rightToLeft() {
        return rightToLeft;
    }

    public static ReportLanguage parse(String text) {
        if (text != null) {
            for (ReportLanguage l : values()) if (l.tag.equalsIgnoreCase(text.strip())) return l;
        }
        throw new IllegalArgumentException("report language: '" + text + "' is not one of "
                + String.join(", ", Arrays.stream(values()).map(ReportLanguage::tag).toList()));
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }
}
