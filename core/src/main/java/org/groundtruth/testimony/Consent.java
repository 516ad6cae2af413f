package org.groundtruth.testimony;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the witness agreed may leave the system. Identity and contact details never leave it, whatever the consent. */
public enum Consent {
    /** The statement is for the investigators only: its text never leaves the system. */
    INTERNAL_ONLY("internal_only", false),
    /** The statement's text may be published under the pseudonym. */
    PUBLISH_ANONYMISED("publish_anonymised", true),
    /**
     * The witness agreed to be named. The text may be published; the name is recorded as publishable for a person
     * writing a report, but the software's own outputs (exports, public pages, OGC API) still never carry it.
     */
    PUBLISH_WITH_NAME("publish_with_name", true);

    private final String code;
    private final boolean textMayLeave;

    Consent(String code, boolean textMayLeave) {
        this.code = code;
        this.textMayLeave = textMayLeave;
    }

    public String code() {
        return code;
    }

    /** True when the statement's text may be shown outside the investigating team. */
    public boolean textMayLeave() {
        return textMayLeave;
    }

    public static Optional<Consent> parse(String text) {
        if (text == null) return Optional.empty();
        String t = text.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(c -> c.code.equals(t)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Consent::code).toList());
    }
}
