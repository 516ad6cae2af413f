/**
 * Text intake (issue 13 items 2 and 3): the texts an investigator pastes or the public submits, kept whole with their
 * SHA-256, and the candidate reports the extractor proposed from them, until a person accepts, corrects or discards
 * each one. Nothing extracted reaches an incident without that acceptance: {@link org.groundtruth.textintake.IntakeLedger#accept}
 * creates the draft incident (or adds the report to an existing one), marks the candidate and writes the audit entry in
 * one transaction. Public submissions wait in a moderation queue; their submitter's contact is sealed like a witness
 * identity and their address is never stored, only a keyed digest that lets a moderator see which submissions came from
 * one sender. Pure code: values, the port and the engines ({@link org.groundtruth.textintake.Acceptance},
 * {@link org.groundtruth.textintake.IncidentProposals}, {@link org.groundtruth.textintake.SubmissionThrottle}).
 */
package org.groundtruth.textintake;
