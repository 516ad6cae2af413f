package org.groundtruth.assessment;

import org.groundtruth.attribution.Party;
import org.groundtruth.attribution.PartyStatement;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.claim.ClaimMatch;
import org.groundtruth.claim.Response;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The parties' statements about incidents, from the claims ledger: each stored match of a claim with the incident
 * (with its score and reason) and each response to the allegation (admission, denial, "fake", investigation). A
 * statement whose party names none of the candidate parties (or several) is left out, and says so in no verdict.
 */
public final class ClaimStatements implements StatementSource {
    private final ClaimLedger ledger;

    public ClaimStatements(ClaimLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public List<PartyStatement> statementsFor(long incidentId) {
        return statementsFor(List.of(incidentId)).getOrDefault(incidentId, List.of());
    }

    @Override
    public Map<Long, List<PartyStatement>> statementsFor(Collection<Long> incidentIds) {
        Map<Long, List<PartyStatement>> out = new HashMap<>();
        if (incidentIds.isEmpty()) return out;
        ledger.matchesForIncidents(incidentIds).forEach((id, matches) -> {
            for (ClaimMatch m : matches) {
                party(m.party()).ifPresent(p -> out.computeIfAbsent(id, k -> new ArrayList<>()).add(new PartyStatement(p,
                        PartyStatement.Kind.MATCHED_CLAIM, m.score(), String.format(Locale.ROOT, "claim %d by %s: %s", m.claimId(),
                        m.party(), m.reason()))));
            }
        });
        ledger.responsesFor(incidentIds).forEach((id, responses) -> {
            for (Response r : responses) {
                party(r.party()).ifPresent(p -> out.computeIfAbsent(id, k -> new ArrayList<>()).add(new PartyStatement(p, kind(r),
                        0, r.date() + ", " + r.party() + ": " + (r.text() != null ? "\"" + r.text() + "\""
                        : r.source().url() != null ? r.source().url() : r.kind().label()))));
            }
        });
        return out;
    }

    private static Optional<Party> party(String name) {
        if (name == null) return Optional.empty();
        var named = Party.named(name);
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Party.parse(name);
    }

    private static PartyStatement.Kind kind(Response r) {
        return switch (r.kind()) {
            case ADMISSION -> PartyStatement.Kind.ADMISSION;
            case DENIAL -> PartyStatement.Kind.DENIAL;
            case CALLED_FAKE -> PartyStatement.Kind.CALLED_FAKE;
            case INVESTIGATION_OPENED -> PartyStatement.Kind.INVESTIGATION_OPENED;
            case OTHER -> PartyStatement.Kind.OTHER_RESPONSE;
        };
    }
}
