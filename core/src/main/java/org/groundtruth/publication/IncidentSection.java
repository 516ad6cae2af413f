package org.groundtruth.publication;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One incident's section of a report, redacted: its published values, the narrative, quotes by pseudonym, evidence
 * by hash, matched claims, the parties' responses, the attribution, the military-objective analysis and the grade.
 *
 * @param attribution null when the incident was never assessed
 */
public record IncidentSection(PublishedIncident incident, String narrative, List<Quote> quotes, List<EvidenceLine> evidence,
                              List<ClaimLine> claims, List<ResponseLine> responses, AttributionNote attribution,
                              ObjectiveNote objectives, String gradeLabel, List<String> gradeReasons) {
    public IncidentSection {
        Objects.requireNonNull(incident, "incident");
        quotes = List.copyOf(quotes);
        evidence = List.copyOf(evidence);
        claims = List.copyOf(claims);
        responses = List.copyOf(responses);
        gradeReasons = List.copyOf(gradeReasons);
    }

    /** A statement quoted under its pseudonym; never the witness's name or the interviewer. */
    public record Quote(String pseudonym, String language, LocalDate interviewedOn, String text) {
    }

    /** A party's reply: denial, admission, "fakes", an investigation. */
    public record ResponseLine(String party, String kindLabel, LocalDate date, String text, String sourceUrl) {
    }

    /**
     * Who most likely struck, with the evidence for it. Lines made from spotters' sightings are counted in
     * {@code sightings}, never quoted (they may name a spotter or a post).
     */
    public record AttributionNote(String verdict, String explanation, List<String> evidenceFor, int sightings) {
        public AttributionNote {
            evidenceFor = List.copyOf(evidenceFor);
        }
    }

    /** The military-objective finding and what it cannot say. */
    public record ObjectiveNote(String statement, String caveat) {
    }
}
