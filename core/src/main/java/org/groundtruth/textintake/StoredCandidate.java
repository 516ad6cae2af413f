package org.groundtruth.textintake;

import java.time.Instant;
import java.util.Objects;
import java.util.List;

/**
 * A candidate report in the intake ledger: what was proposed (never changed) and, once a person decided, the decision.
 *
 * @param ordinal  its place among its text's candidates, from 1
 * @param decision null while pending
 */
public record StoredCandidate(long id, long textId, int ordinal, CandidateValues proposed, CandidateStatus status, Decision decision) {
    public StoredCandidate {
        Objects.requireNonNull(proposed, "proposed");
        Objects.requireNonNull(status, "status");
        if ((decision == null) != (status == CandidateStatus.PENDING)) throw new IllegalArgumentException("a decided candidate has its decision, a pending one none");
    }

    /**
     * A person's decision on a candidate.
     *
     * @param by               who decided ("user:rania")
     * @param incidentId       the incident an accepted candidate went to; null when discarded
     * @param reportOriginKey  the origin key of the report made from it; null when discarded
     * @param heldForReview    the incident was published, so the report waits in its pending revision for a reviewer
     * @param corrected        the fields the person changed from what was proposed ("date", "place", "killed", ...)
     */
    public record Decision(String by, Instant at, String reason, Long incidentId, String reportOriginKey, boolean heldForReview,
                           List<String> corrected) {
        public Decision {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            corrected = corrected == null ? List.of() : corrected.stream().distinct().sorted().toList();
        }
    }
}
