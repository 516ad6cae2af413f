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
     * Publishes every draft at once, recorded as one audit entry; returns how many were published. For test fixtures:
     * the demo uses {@link #publishImported}, which leaves drafts people entered alone.
     */
    long publishAllDrafts(ChangeNote note);

    /**
     * Publishes the drafts that imports run by {@code importActor} (their {@code ImportMeta.actor}) loaded and that no
     * person has touched since: never reviewed, edited, merged, or given a report by hand or by another importer. A
     * system move (the demo publishing the public datasets it ships, decision 0750), recorded as one audit entry that
     * names every incident; returns how many were published.
     */
    long publishImported(String importActor, ChangeNote note);
}
