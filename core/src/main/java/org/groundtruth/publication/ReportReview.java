package org.groundtruth.publication;

import org.groundtruth.account.Role;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.review.ReviewRules;

import java.util.Optional;

/**
 * Who may move a report through review: the incidents' rules ({@link ReviewRules}: investigators submit, reviewers
 * publish, send back and retract with a reason), and one move of its own: a published report may be taken back to
 * draft to revise it ({@code revise}, investigators), its published versions staying frozen and public until the
 * next version replaces them as the latest.
 */
public final class ReportReview {
    private ReportReview() {
    }

    /** Empty when allowed, else why not, worded for a report. {@code role} null is the system and may make any allowed move. */
    public static Optional<String> check(IncidentStatus from, IncidentStatus to, Role role, String reason) {
        if (from == IncidentStatus.PUBLISHED && to == IncidentStatus.DRAFT) {
            if (role != null && role != Role.ADMIN && role != Role.INVESTIGATOR) return Optional.of("a " + role.code() + " may not revise a report (published to draft)");
            return Optional.empty();
        }
        if (from == IncidentStatus.PUBLISHED && to == IncidentStatus.PUBLISHED) {
            return Optional.of("a published report is revised (back to draft) and reviewed again before a new version is published");
        }
        return ReviewRules.check(from, to, role, reason).map(m -> m.replace("an incident", "a report").replace("a investigator", "an investigator")
                .replace("a admin", "an admin"));
    }
}
