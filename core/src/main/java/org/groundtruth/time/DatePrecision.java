package org.groundtruth.time;

/** How precisely the date of an event is known; coarser precisions widen the window it may lie in. */
public enum DatePrecision {
    /** A clock time is known (to the minute or better). */
    EXACT_TIME,
    /**
     * The part of the day is known ("in the morning", "during the night"), not the clock time: a window of
     * {@link IncidentDate#PART_OF_DAY_HOURS} hours starting at the date's local time ({@link PartOfDay}).
     */
    PART_OF_DAY,
    /** The day is known, not the time. */
    DAY,
    /** Known only to within a week (or a span of up to 7 days). */
    WEEK,
    /** Known only to the month. */
    MONTH,
    /** Known only to the year. */
    YEAR;

    public String label() {
        return name().toLowerCase().replace('_', ' ');
    }
}
