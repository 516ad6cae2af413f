package org.groundtruth.extraction;

import org.groundtruth.time.IncidentDate;

import java.util.Objects;

/**
 * When something happened, as the text says it.
 *
 * @param date      the window of days (and the clock time when one was given), with its precision
 * @param partOfDay night, morning, afternoon or evening when the text says so, else null
 * @param basis     stated outright, worked out from the publication time, or assumed from it (the text names no day)
 * @param span      where it is written; null only for a date assumed from the publication time
 */
public record DateMention(IncidentDate date, PartOfDay partOfDay, Basis basis, Span span) {
    public enum Basis {
        /** "29 November 2015", "٢٩ تشرين الثاني", "17 серпня" (a missing year is taken from the publication time). */
        STATED,
        /** "yesterday", "أمس", "вчора ввечері", "on Wednesday": counted back from the publication time. */
        RELATIVE_TO_PUBLICATION,
        /** The text names no day: the day of publication or the one before, as news is reported. */
        ASSUMED_FROM_PUBLICATION
    }

    public enum PartOfDay { NIGHT, MORNING, AFTERNOON, EVENING }

    public DateMention {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(basis, "basis");
        if ((span == null) != (basis == Basis.ASSUMED_FROM_PUBLICATION)) {
            throw new IllegalArgumentException("a date has a span exactly when the text states it");
        }
    }
}
