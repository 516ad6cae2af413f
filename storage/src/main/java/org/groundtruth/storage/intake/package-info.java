/**
 * The intake ledger on SQLite and PostgreSQL ({@link org.groundtruth.storage.intake.JdbcIntakeLedger}): texts, their
 * candidates as JSON ({@link org.groundtruth.storage.intake.CandidateJson}), decisions and submissions' evidence links;
 * migrations V1000-V1009 under {@code db/migration/<dialect>/intake/}.
 */
package org.groundtruth.storage.intake;
