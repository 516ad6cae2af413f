/**
 * The audit log: every change to the ledger (who, what, before and after, when, why) as an append-only,
 * hash-chained list of {@link org.groundtruth.audit.AuditEntry}. {@link org.groundtruth.audit.AuditChain} defines the
 * canonical form that is hashed and checks a chain; {@link org.groundtruth.audit.AuditLog} is the port. No I/O here.
 */
package org.groundtruth.audit;
