package org.groundtruth.extraction;

import java.util.List;
import java.util.Objects;

/**
 * What was read from one text: the candidate strikes, and every mention found (for highlighting and for review,
 * including mentions that no candidate took).
 *
 * @param source     the text read
 * @param candidates candidate reports, one per strike described, in text order
 * @param dates      every date found
 * @param places     every place found
 * @param casualties every casualty figure found
 * @param terms      every term found
 * @param responses  every reply of a party found
 * @param notes      what the reader could not do ("relative dates left unresolved: no publication time")
 */
public record Extraction(SourceText source, List<CandidateReport> candidates, List<DateMention> dates, List<PlaceMention> places,
                         List<CasualtyMention> casualties, List<TermMention> terms, List<ResponseMention> responses, List<String> notes) {
    public Extraction {
        Objects.requireNonNull(source, "source");
        candidates = List.copyOf(candidates);
        dates = List.copyOf(dates);
        places = List.copyOf(places);
        casualties = List.copyOf(casualties);
        terms = List.copyOf(terms);
        responses = List.copyOf(responses);
        notes = List.copyOf(notes);
    }
}
