package org.groundtruth.textintake;

import org.groundtruth.audit.ChangeNote;
import org.groundtruth.store.Port;
import org.groundtruth.testimony.Sealed;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The intake ledger: texts kept whole, the candidates proposed from them, and the decisions people took. Every write is
 * one transaction; accepting a candidate also creates the incident (or adds the report) and writes the audit entry in
 * that same transaction, so that a candidate is never accepted without its report, nor a report made twice.
 */
public interface IntakeLedger {

    Port<IntakeLedger> PORT = new Port<>("intake", IntakeLedger.class);

    /**
     * Keeps pasted texts and their candidates (status OPEN, or CLOSED when nothing was proposed), all of them or none
     * (a JSONL of posts is one write); each audited as "intake.add".
     */
    List<StoredText> add(List<NewText> texts, ChangeNote note);

    default StoredText add(NewText text, ChangeNote note) {
        return add(List.of(text), note).get(0);
    }

    /**
     * Keeps a public submission (status AWAITING_MODERATION): its text and candidates, the sender's tag, the digest of the
     * receipt its files are uploaded with, and its contact sealed by {@code contact} (given the new text's id, so that
     * the envelope is bound to its row), or none.
     */
    StoredText submit(NewText text, String senderTag, String receiptDigest, java.time.Instant uploadsUntil, ContactSealer contact);

    /** Seals a submitter's contact for the row it will be stored in. */
    @FunctionalInterface
    interface ContactSealer {
        Sealed seal(long textId);
    }

    Optional<StoredText> text(long textId);

    /** Texts with one of these statuses (all when empty) and origin (any when null), newest first. */
    List<TextSummary> texts(Set<TextStatus> statuses, TextOrigin origin, int limit, long offset);

    long count(Set<TextStatus> statuses, TextOrigin origin);

    /** The submission a receipt digest names, while its files may still be uploaded (before {@code now} passes its limit). */
    Optional<StoredText> submissionForUpload(String receiptDigest, java.time.Instant now);

    /** The sealed contact of a submission, or empty. */
    Optional<Sealed> contact(long textId);

    /** Where a submission's contact is sealed for: the place bound into its envelope, so it opens in no other row. */
    static String contactPlace(long textId) {
        return "intake-text/" + textId + "/contact";
    }

    /** Every sealed contact by its text's number (for {@code key rotate}, which seals them again under the new key). */
    java.util.Map<Long, Sealed> sealedContacts();

    /** Replaces a contact's envelope with one sealed under another key; audited ("intake.reseal-contact"). */
    void resealContact(long textId, Sealed sealed, ChangeNote note);

    /** Lets a submission through to review (its candidates become reviewable) or discards it; audited. */
    StoredText moderate(long textId, boolean accept, ChangeNote note);

    List<StoredCandidate> candidates(long textId);

    Optional<StoredCandidate> candidate(long candidateId);

    /** The accepted candidates whose report went to this incident, oldest first. */
    List<StoredCandidate> acceptedInto(long incidentId);

    /**
     * Carries out a person's acceptance: a new draft incident with its report, or the report added to an existing incident
     * (held in its pending revision when published); the candidate marked accepted; "intake.accept" in the audit log.
     *
     * @throws IllegalStateException the candidate was decided already, or its text awaits moderation
     * @throws java.util.NoSuchElementException no such candidate or incident
     */
    StoredCandidate accept(long candidateId, Acceptance acceptance, ChangeNote note);

    /** Discards a pending candidate, with the reason in the audit log ("intake.discard"). */
    StoredCandidate discard(long candidateId, ChangeNote note);

    /** Records that an evidence item was sent with a submission. */
    void attachEvidence(long textId, long evidenceId);

    List<Long> evidenceOf(long textId);
}
