package org.groundtruth.storage.store;

import org.groundtruth.account.AccountStore;
import org.groundtruth.assessment.AssessmentLedger;
import org.groundtruth.audit.AuditLog;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.evidence.EvidenceLedger;
import org.groundtruth.merging.MergeLedger;
import org.groundtruth.objective.ObjectiveLayer;
import org.groundtruth.publication.PublicationLedger;
import org.groundtruth.review.IncidentReviews;
import org.groundtruth.storage.account.JdbcAccountStore;
import org.groundtruth.storage.account.JdbcIncidentReviews;
import org.groundtruth.storage.assessment.JdbcAssessmentLedger;
import org.groundtruth.storage.assessment.JdbcObjectiveLayer;
import org.groundtruth.storage.claim.JdbcClaimLedger;
import org.groundtruth.storage.evidence.JdbcEvidenceLedger;
import org.groundtruth.storage.merging.JdbcMergeLedger;
import org.groundtruth.storage.publication.JdbcPublicationLedger;
import org.groundtruth.storage.testimony.JdbcTestimonyLedger;
import org.groundtruth.storage.warning.JdbcSightingLedger;
import org.groundtruth.store.Port;
import org.groundtruth.testimony.TestimonyLedger;
import org.groundtruth.warning.SightingLedger;

import java.util.Map;
import java.util.function.Function;

/**
 * Which JDBC adapter implements each feature's port: one line per feature. An adapter is made from the
 * {@link JdbcStore} root, so it may use the database and the ports it builds on (the audit log, the incidents).
 */
final class JdbcAdapters {
    private static final Map<Port<?>, Function<JdbcStore, ?>> ADAPTERS = Map.ofEntries(
            Map.entry(AuditLog.PORT, s -> s.incidents().auditLog()),
            Map.entry(AccountStore.PORT, s -> new JdbcAccountStore(s.database(), s.incidents().auditLog())),
            Map.entry(IncidentReviews.PORT, s -> new JdbcIncidentReviews(s.database(), s.incidents().auditLog(), s.incidents()::find, s.incidents()::statusesOf)),
            Map.entry(ClaimLedger.PORT, s -> new JdbcClaimLedger(s.database(), s.incidents().auditLog())),
            Map.entry(MergeLedger.PORT, s -> new JdbcMergeLedger(s.database(), s.incidents()::refreshSearch, s.incidents().auditLog())),
            Map.entry(TestimonyLedger.PORT, s -> new JdbcTestimonyLedger(s.database(), s.incidents().auditLog())),
            Map.entry(EvidenceLedger.PORT, s -> new JdbcEvidenceLedger(s.database())),
            Map.entry(ObjectiveLayer.PORT, s -> new JdbcObjectiveLayer(s.database())),
            Map.entry(AssessmentLedger.PORT, s -> new JdbcAssessmentLedger(s.database())),
            Map.entry(SightingLedger.PORT, s -> new JdbcSightingLedger(s.database())),
            Map.entry(org.groundtruth.warning.AlertLedger.PORT, s -> new org.groundtruth.storage.warning.JdbcAlertLedger(s.database())),
            Map.entry(PublicationLedger.PORT, s -> new JdbcPublicationLedger(s.database(), s.incidents().auditLog())),
            Map.entry(org.groundtruth.textintake.IntakeLedger.PORT, s -> new org.groundtruth.storage.intake.JdbcIntakeLedger(s.database(), s.incidents().auditLog(), s.incidents())));

    private JdbcAdapters() {
    }

    static Object open(Port<?> port, JdbcStore store) {
        Function<JdbcStore, ?> adapter = ADAPTERS.get(port);
        if (adapter == null) throw new IllegalStateException("this store has no adapter for the " + port.name() + " port");
        return adapter.apply(store);
    }
}
