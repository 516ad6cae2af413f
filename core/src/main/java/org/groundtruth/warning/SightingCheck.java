package org.groundtruth.warning;

import org.groundtruth.place.Coordinates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a {@link SightingInput} into a {@link Sighting}, or names every field that is wrong. A time later than the
 * clock allows (more than {@link #FUTURE_TOLERANCE} ahead, for phones whose clocks run fast) is refused.
 */
public final class SightingCheck {
    /** Phones' clocks drift; a sighting up to this far "in the future" is a clock, not a lie. */
    public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(2);

    private final AircraftTable aircraft;
    private final BaseTable bases;
    private final Clock clock;

    public SightingCheck(AircraftTable aircraft, BaseTable bases, Clock clock) {
        this.aircraft = aircraft;
        this.bases = bases;
        this.clock = clock;
    }

    /** @throws SightingRejectedException naming each wrong field */
    public Sighting check(SightingInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        Observer observer = observer(in, problems);
        Instant at = time(in.observedAt(), problems);
        int count = count(in.count(), problems);
        EventKind event = event(in.event(), problems);
        Heading heading = heading(in.heading(), problems);
        Coordinates reported = position(in, problems);
        String theatre = Names.optional(in.theatre());
        Base base = null;
        if (Names.optional(in.base()) != null) {
            base = (theatre == null ? bases.rows().stream().filter(b -> b.isNamed(in.base())).findFirst()
                    : bases.find(theatre, in.base())).orElse(null);
            if (base == null) {
                problems.add(new FieldProblem("base", "'" + Heading.abbreviate(in.base().strip()) + "' is not a known base"
                        + (theatre == null ? "" : " of theatre " + theatre.toUpperCase(java.util.Locale.ROOT)) + " (known: "
                        + String.join(", ", (theatre == null ? bases.rows() : bases.ofTheatre(theatre)).stream().map(Base::code).toList()) + ")"));
            } else if (theatre == null) {
                theatre = base.theatre();
            }
        } else if (event == EventKind.TAKE_OFF) {
            problems.add(new FieldProblem("base", "a take-off names the base it left"));
        }
        AircraftType type = aircraftType(theatre, in.aircraft(), problems);
        if (base != null && type != null && !base.theatre().equals(type.theatre())) {
            problems.add(new FieldProblem("base", base.code() + " is not a base of theatre " + type.theatre()));
        }
        if (reported == null && in.postPoint() == null && base == null) {
            problems.add(new FieldProblem("position", "give lat and lon, or a base: the post has no registered location"));
        }
        if (!problems.isEmpty()) throw new SightingRejectedException(problems);
        Coordinates exact = reported != null ? reported : in.postPoint();
        Coordinates published = publishedPosition(event, base, exact);
        return new Sighting(null, observer, exact, new Observation(at, type, count, event, base, heading, published));
    }

    /** A take-off or landing at a named base is placed at the base; anything else at its snapped position. */
    private static Coordinates publishedPosition(EventKind event, Base base, Coordinates exact) {
        boolean atBase = base != null && (event == EventKind.TAKE_OFF || event.endsFlight() || exact == null);
        return atBase ? base.point() : CoarsePosition.of(exact);
    }

    private static Observer observer(SightingInput in, List<FieldProblem> problems) {
        boolean ok = true;
        if (Names.optional(in.spotter()) == null || in.spotter().strip().length() > 80) {
            problems.add(new FieldProblem("spotter", "missing or longer than 80 characters"));
            ok = false;
        }
        if (Names.optional(in.post()) == null || in.post().strip().length() > 80) {
            problems.add(new FieldProblem("post", "missing or longer than 80 characters"));
            ok = false;
        }
        return ok ? new Observer(in.spotter(), in.post()) : null;
    }

    private Instant time(String text, List<FieldProblem> problems) {
        if (Names.optional(text) == null) {
            problems.add(new FieldProblem("observedAt", "missing"));
            return null;
        }
        Instant at;
        try {
            at = OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem("observedAt", "'" + Heading.abbreviate(text.strip())
                    + "' is not a date-time with an offset (2015-11-29T11:35:00+02:00 or 2015-11-29T09:35:00Z)"));
            return null;
        }
        Instant now = clock.instant();
        if (at.isAfter(now.plus(FUTURE_TOLERANCE))) {
            problems.add(new FieldProblem("observedAt", at + " is in the future (it is " + now + " here)"));
            return null;
        }
        return at;
    }

    private static int count(String text, List<FieldProblem> problems) {
        if (Names.optional(text) == null) return 1;
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= Observation.MAX_COUNT) return n;
        } catch (NumberFormatException ignored) {
            // named below
        }
        problems.add(new FieldProblem("count", "'" + Heading.abbreviate(text.strip()) + "' is not a whole number from 1 to " + Observation.MAX_COUNT));
        return 1;
    }

    private static EventKind event(String text, List<FieldProblem> problems) {
        if (Names.optional(text) == null) {
            problems.add(new FieldProblem("event", "missing (one of " + EventKind.codes() + ")"));
            return null;
        }
        Optional<EventKind> k = EventKind.parse(text);
        if (k.isEmpty()) problems.add(new FieldProblem("event", "'" + Heading.abbreviate(text.strip()) + "' is not one of " + EventKind.codes()));
        return k.orElse(null);
    }

    private static Heading heading(String text, List<FieldProblem> problems) {
        if (Names.optional(text) == null) return null;
        try {
            return Heading.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("heading", e.getMessage()));
            return null;
        }
    }

    private static Coordinates position(SightingInput in, List<FieldProblem> problems) {
        String lat = Names.optional(in.lat()), lon = Names.optional(in.lon());
        if (lat == null && lon == null) return null;
        if (lat == null || lon == null) {
            problems.add(new FieldProblem(lat == null ? "lat" : "lon", "give both lat and lon, or neither"));
            return null;
        }
        try {
            return new Coordinates(Double.parseDouble(lat), Double.parseDouble(lon));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("lat", "lat " + Heading.abbreviate(lat) + ", lon " + Heading.abbreviate(lon) + " is not a position: "
                    + (e instanceof NumberFormatException ? "not numbers" : e.getMessage())));
            return null;
        }
    }

    private AircraftType aircraftType(String theatre, String name, List<FieldProblem> problems) {
        if (Names.optional(name) == null) {
            problems.add(new FieldProblem("aircraft", "missing"));
            return null;
        }
        if (theatre == null) {
            problems.add(new FieldProblem("theatre", "missing (or name a base)"));
            return null;
        }
        if (!theatre.matches("[A-Za-z]{2}")) {
            problems.add(new FieldProblem("theatre", "'" + Heading.abbreviate(theatre) + "' is not an ISO country code (SY, UA)"));
            return null;
        }
        Optional<AircraftType> t = aircraft.find(theatre, name);
        if (t.isEmpty()) {
            problems.add(new FieldProblem("aircraft", "'" + Heading.abbreviate(name.strip()) + "' is not in the " + theatre.toUpperCase(java.util.Locale.ROOT)
                    + " reference table (known: " + String.join(", ", aircraft.ofTheatre(theatre).stream().map(AircraftType::type).toList()) + ")"));
        }
        return t.orElse(null);
    }
}
