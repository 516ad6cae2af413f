package org.groundtruth.extraction.evaluation;

import org.groundtruth.incident.CountRange;
import org.groundtruth.place.Coordinates;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * A labelled value. {@code NOT_LABELLED} fields are not scored; {@code NONE} means the text states no such value (an
 * extractor that proposes one is wrong); otherwise the value.
 */
public final class Gold {
    private Gold() {
    }

    public enum State { NOT_LABELLED, NONE, VALUE }

    /** A window of days the strike happened in. */
    public record Day(State state, LocalDate first, LocalDate last) {
        public static final Day NOT_LABELLED = new Day(State.NOT_LABELLED, null, null);

        public Day {
            Objects.requireNonNull(state, "state");
            if (state == State.VALUE && (first == null || last == null || last.isBefore(first))) throw new IllegalArgumentException("bad gold date");
        }

        public static Day of(LocalDate first, LocalDate last) {
            return new Day(State.VALUE, first, last);
        }
    }

    /**
     * A place: a name to resolve through the gazetteer ("Saraqib" in "Idlib"), or a point with a radius (UCDP's
     * coordinates and precision); {@code governorateLevel} when the strike is only known to its governorate.
     */
    public record Where(State state, String name, String governorate, Coordinates point, double radiusKm, boolean governorateLevel) {
        public static final Where NOT_LABELLED = new Where(State.NOT_LABELLED, null, null, null, 0, false);
        public static final Where NONE = new Where(State.NONE, null, null, null, 0, false);

        public Where {
            Objects.requireNonNull(state, "state");
            if (state == State.VALUE && name == null && point == null) throw new IllegalArgumentException("a gold place needs a name or a point");
        }

        public static Where named(String name, String governorate) {
            return new Where(State.VALUE, name, governorate, null, 0, false);
        }
    }

    /** A count as a range ("12", "12+", "12-15"). */
    public record Count(State state, CountRange range) {
        public static final Count NOT_LABELLED = new Count(State.NOT_LABELLED, null);
        public static final Count NONE = new Count(State.NONE, null);

        public static Count of(CountRange r) {
            return new Count(State.VALUE, Objects.requireNonNull(r));
        }
    }

    /** A set of codes; NOT_LABELLED when the set was not labelled. */
    public record Codes(State state, Set<String> codes) {
        public static final Codes NOT_LABELLED = new Codes(State.NOT_LABELLED, Set.of());

        public static Codes of(Set<String> codes) {
            return new Codes(State.VALUE, Set.copyOf(codes));
        }
    }
}
