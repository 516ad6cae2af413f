package org.groundtruth.assessment;

import org.groundtruth.attribution.PartyStatement;

import java.util.List;

/** The parties' statements about an incident: its matched claims and the responses to it (from the claims ledger). */
@FunctionalInterface
public interface StatementSource {
    List<PartyStatement> statementsFor(long incidentId);

    StatementSource NONE = id -> List.of();
}
