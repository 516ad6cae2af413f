package org.groundtruth.review;

import org.groundtruth.store.Port;
import java.util.List;
import org.groundtruth.account.Role;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentStatus;

/** Moves incidents through review; each move is checked by {@link ReviewRules} and audited in the same transaction. */
public interface IncidentReviews {

    /** The key by which a {@link org.groundtruth.store.Store} opens this port. */
    Port<IncidentReviews> PORT = new Port<>("reviews", IncidentReviews.class);

    /**
     * Moves one incident to {@code to}. {@code role} is the acting user's role (null for a system actor).
     *
     * @throws java.util.NoSuchElementException no such incident
     * @throws IllegalStateException            the move is not allowed (the message says why)
     */
    Incident move(long incidentId, IncidentStatus to, Role role, ChangeNote note);

    /** The review history of one incident, oldest first. */
    List<ReviewStep> history(long incidentId);

    /**
     * Publishes every draft at once, recorded as one audit entry (the demo uses it for the public datasets it ships);
     * returns how many were published.
     */
    long publishAllDrafts(ChangeNote note);
}
