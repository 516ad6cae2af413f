package org.groundtruth.publication;

import org.groundtruth.incident.IncidentStatus;

import java.time.Instant;
import java.util.Objects;

/**
 * A report as a document with a life: what its authors wrote ({@link ReportDraft}: title, language, selection,
 * introduction, narratives, recommendations, conclusions), where it stands in review (the incidents' statuses, see
 * {@link ReportReview}), and how many versions have been published and frozen.
 *
 * @param revision          counts the edits of the draft; an edit names the revision it started from, so that two
 *                          investigators editing at once do not overwrite each other
 * @param publishedVersions how many versions were frozen (0 until the first publication)
 */
public record StoredReport(long id, ReportDraft draft, IncidentStatus status, int revision, String createdBy, Instant createdAt,
                           String updatedBy, Instant updatedAt, int publishedVersions) {
    public StoredReport {
        Objects.requireNonNull(draft, "draft");
        Objects.requireNonNull(status, "status");
    }

    /** Whether the public may read it: at least one version was published and it has not been retracted. */
    public boolean readableByThePublic() {
        return publishedVersions > 0 && status != IncidentStatus.RETRACTED;
    }
}
