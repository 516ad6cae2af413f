package org.groundtruth.extraction;

import org.groundtruth.gazetteer.Place;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.place.Location;
import org.groundtruth.place.PlacedBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One strike the text appears to describe, proposed for a person to accept, correct or discard. Every value keeps the
 * span it came from.
 *
 * @param extent     the part of the text that describes this strike (first to last of its sentences)
 * @param date       when, or null when the text and its publication time say nothing
 * @param place      where: the most specific place named for this strike, or null
 * @param places     every place named for it (sites, areas, reference points), in text order
 * @param casualties killed, injured, children and women among the killed
 * @param terms      objects hit, parties, aircraft, munitions, bases and events, in text order
 * @param responses  replies of parties found in the text
 */
public record CandidateReport(Span extent, DateMention date, PlaceMention place, List<PlaceMention> places,
                              CandidateCasualties casualties, List<TermMention> terms, List<ResponseMention> responses) {
    public CandidateReport {
        Objects.requireNonNull(extent, "extent");
        places = List.copyOf(places);
        Objects.requireNonNull(casualties, "casualties");
        terms = List.copyOf(terms);
        responses = List.copyOf(responses);
    }

    public List<TermMention> terms(TermKind kind) {
        return terms.stream().filter(t -> t.kind() == kind).toList();
    }

    /** Distinct codes of one kind of term, in text order. */
    public List<String> codes(TermKind kind) {
        Set<String> out = new LinkedHashSet<>();
        for (TermMention t : terms) if (t.kind() == kind) out.add(t.code());
        return List.copyOf(out);
    }

    /** The civilian objects hit, as the incident's categories. */
    public Set<CivilianObject> civilianObjects() {
        Set<CivilianObject> out = new LinkedHashSet<>();
        for (String code : codes(TermKind.OBJECT)) ObjectWords.category(code).ifPresent(out::add);
        return out;
    }

    /**
     * Where, as the incident's domain type: the gazetteer place at the mention's level (around a town: district;
     * around a governorate: governorate), placed by the gazetteer; unplaced when no place was read.
     */
    public Location location() {
        if (place == null) return Location.unplaced(null, null, null, null);
        Place p = place.match().place();
        return new Location(p.point(), place.level(), null, p.isGovernorate() ? null : p.name(), p.governorate(), p.district(), p.countryCode(),
                PlacedBy.GAZETTEER);
    }
}
