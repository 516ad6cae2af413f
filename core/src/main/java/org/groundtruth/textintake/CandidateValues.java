package org.groundtruth.textintake;

import org.groundtruth.extraction.CandidateCasualties;
import org.groundtruth.extraction.CandidateReport;
import org.groundtruth.extraction.CasualtyFigure;
import org.groundtruth.extraction.DateMention;
import org.groundtruth.extraction.PlaceMention;
import org.groundtruth.extraction.ResponseMention;
import org.groundtruth.extraction.Span;
import org.groundtruth.extraction.TermKind;
import org.groundtruth.extraction.TermMention;
import org.groundtruth.gazetteer.Place;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.IncidentDate;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the extractor proposed for one strike, as kept in the intake ledger: plain values, each with the span of the text
 * it rests on (UTF-16 offsets, as browsers count), so that the review page and, after acceptance, the incident page can
 * highlight them. Made from a {@link CandidateReport} by {@link #of}; never changed afterwards (a person's corrections
 * go to the incident, and the ledger notes which fields they changed).
 *
 * @param extent     the part of the text describing this strike
 * @param date       when, or null when the text and its publication time say nothing
 * @param place      where (the most specific place named for it), or null
 * @param places     every place named for it
 * @param figures    casualty figures (killed, injured, children, women, men, killed or injured)
 * @param objects    the civilian objects hit, as the incident's categories
 * @param terms      objects, parties, aircraft, munitions, bases and events as written
 * @param responses  replies of parties, suggested as Responses once the candidate is accepted
 */
public record CandidateValues(Span extent, DateValue date, PlaceValue place, List<PlaceValue> places, List<FigureValue> figures,
                              Set<CivilianObject> objects, List<TermValue> terms, List<ResponseValue> responses) {
    public CandidateValues {
        Objects.requireNonNull(extent, "extent");
        places = List.copyOf(places);
        figures = List.copyOf(figures);
        objects = objects.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(objects));
        terms = List.copyOf(terms);
        responses = List.copyOf(responses);
    }

    /** A date with its precision and how it was read; {@code span} is null only for a date assumed from the publication time. */
    public record DateValue(IncidentDate date, DateMention.PartOfDay partOfDay, DateMention.Basis basis, Span span) {
        public DateValue {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(basis, "basis");
        }
    }

    /**
     * A gazetteer place as it was read.
     *
     * @param level   the gazetteer entry's level (town, district, governorate ...)
     * @param role    SITE, AREA ("Idlib countryside") or REFERENCE ("south of Idlib")
     * @param matched the gazetteer name the written name matched
     */
    public record PlaceValue(String name, String governorate, String district, String countryCode, LocationPrecision level,
                             double lat, double lon, PlaceMention.Role role, String matched, Span span) {
        public PlaceValue {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(span, "span");
        }

        /** As the incident's location, at the mention's level ({@link PlaceMention#levelOf}); placed by the gazetteer. */
        public Location location() {
            boolean governorateEntry = level == LocationPrecision.GOVERNORATE;
            LocationPrecision precision = PlaceMention.levelOf(role, level);
            return new Location(new Coordinates(lat, lon), precision, null, governorateEntry ? null : name, governorate, district,
                    countryCode, PlacedBy.GAZETTEER);
        }
    }

    /** Which casualty figure. */
    public enum Figure {
        KILLED, INJURED, CHILDREN, WOMEN, MEN, KILLED_OR_INJURED;

        public String code() {
            return switch (this) {
                case KILLED_OR_INJURED -> "killedOrInjured";
                default -> name().toLowerCase(java.util.Locale.ROOT);
            };
        }
    }

    /** One casualty figure: a range, how the source bounded it, and the mentions it rests on. */
    public record FigureValue(Figure figure, CountRange count, String qualifier, List<Span> spans) {
        public FigureValue {
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(count, "count");
            Objects.requireNonNull(qualifier, "qualifier");
            spans = List.copyOf(spans);
        }
    }

    public record TermValue(TermKind kind, String code, Span span) {
        public TermValue {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(span, "span");
        }
    }

    /** A party's reply: the party's code, the kind of reply (DENIAL, CALLED_FAKE, ...), the reply's and the party's spans. */
    public record ResponseValue(String party, org.groundtruth.claim.ResponseKind kind, Span span, Span partySpan) {
        public ResponseValue {
            Objects.requireNonNull(party, "party");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(partySpan, "partySpan");
        }
    }

    public static CandidateValues of(CandidateReport c) {
        DateValue date = c.date() == null ? null : new DateValue(c.date().date(), c.date().partOfDay(), c.date().basis(), c.date().span());
        List<PlaceValue> places = c.places().stream().map(CandidateValues::place).toList();
        List<FigureValue> figures = new ArrayList<>();
        CandidateCasualties k = c.casualties();
        figure(figures, Figure.KILLED, k.killed());
        figure(figures, Figure.INJURED, k.injured());
        figure(figures, Figure.CHILDREN, k.children());
        figure(figures, Figure.WOMEN, k.women());
        figure(figures, Figure.MEN, k.men());
        figure(figures, Figure.KILLED_OR_INJURED, k.killedOrInjured());
        List<TermValue> terms = c.terms().stream().map((TermMention t) -> new TermValue(t.kind(), t.code(), t.span())).toList();
        List<ResponseValue> responses = c.responses().stream()
                .map((ResponseMention r) -> new ResponseValue(r.party(), r.kind(), r.span(), r.partySpan())).toList();
        return new CandidateValues(c.extent(), date, c.place() == null ? null : place(c.place()), places, figures, c.civilianObjects(),
                terms, responses);
    }

    private static PlaceValue place(PlaceMention p) {
        Place g = p.match().place();
        return new PlaceValue(g.name(), g.governorate(), g.district(), g.countryCode(), g.level(), g.point().lat(), g.point().lon(),
                p.role(), p.match().matchedName(), p.span());
    }

    private static void figure(List<FigureValue> out, Figure which, CasualtyFigure f) {
        if (f != null) out.add(new FigureValue(which, f.count(), f.qualifier().name(), f.spans()));
    }

    /** The figure of this kind, or null. */
    public FigureValue figure(Figure which) {
        return figures.stream().filter(f -> f.figure() == which).findFirst().orElse(null);
    }

    /** The range of a figure, unknown when the text gives none. */
    public CountRange count(Figure which) {
        FigureValue f = figure(which);
        return f == null ? CountRange.UNKNOWN : f.count();
    }

    /** Distinct codes of one kind of term, in text order. */
    public List<String> codes(TermKind kind) {
        return terms.stream().filter(t -> t.kind() == kind).map(TermValue::code).distinct().toList();
    }

    /** Every span a value rests on, in text order (what the review page highlights). */
    public List<Span> spans() {
        List<Span> out = new ArrayList<>();
        if (date != null && date.span() != null) out.add(date.span());
        places.forEach(p -> out.add(p.span()));
        figures.forEach(f -> out.addAll(f.spans()));
        terms.forEach(t -> out.add(t.span()));
        responses.forEach(r -> out.add(r.span()));
        out.sort(null);
        return out;
    }
}
