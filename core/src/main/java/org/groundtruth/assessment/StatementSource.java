package org.groundtruth.assessment;

import org.groundtruth.attribution.PartyStatement;

import java.util.List;

/** The parties' statements about an incident: its matched claims and the responses to it (from the claims ledger). */
@FunctionalInterface
public interface StatementSource {
    List<PartyStatement> statementsFor(long incidentId);

    /** The statements about each of these incidents (absent or empty when none); sources override this to read in bulk. */
    default java.util.Map<Long, List<PartyStatement>> statementsFor(java.util.Collection<Long> incidentIds) {
        java.util.Map<Long, List<PartyStatement>> out = new java.util.HashMap<>();
        for (long id : incidentIds) out.put(id, statementsFor(id));
        return out;
    }

    StatementSource NONE = id -> List.of();
}
