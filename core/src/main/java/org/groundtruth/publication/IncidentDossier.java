package org.groundtruth.publication;

import org.groundtruth.assessment.Assessment;
import org.groundtruth.assessment.GradeSummary;
import org.groundtruth.claim.Response;
import org.groundtruth.incident.Incident;
import org.groundtruth.testimony.TestimonyView;

import java.util.List;
import java.util.Objects;

/**
 * Everything the store holds about one incident that a report may draw on, loaded by the caller. The statements
 * should be loaded as a reviewer sees them (text, never the identity); the assembler ignores identities and
 * interviewers whatever it is given.
 *
 * @param grade      the stored grade summary, null when never graded
 * @param assessment the full assessment (attribution, objectives, grade reasons), null when not computed
 */
public record IncidentDossier(Incident incident, GradeSummary grade, Assessment assessment, List<TestimonyView> testimony,
                              List<EvidenceLine> evidence, List<ClaimLine> claims, List<Response> responses) {
    public IncidentDossier {
        Objects.requireNonNull(incident, "incident");
        testimony = testimony == null ? List.of() : List.copyOf(testimony);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        claims = claims == null ? List.of() : List.copyOf(claims);
        responses = responses == null ? List.of() : List.copyOf(responses);
    }

    public static IncidentDossier of(Incident incident, GradeSummary grade) {
        return new IncidentDossier(incident, grade, null, List.of(), List.of(), List.of(), List.of());
    }
}
