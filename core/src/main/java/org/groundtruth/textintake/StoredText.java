package org.groundtruth.textintake;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A text as the intake ledger keeps it: whole, with the SHA-256 of its UTF-8 bytes (and of the page it was read from,
 * when it came as HTML), what is known about it, and where it stands.
 *
 * @param id            ledger number
 * @param text          the text the candidates' spans point into
 * @param sha256        SHA-256 of {@code text} as UTF-8, hex
 * @param pageSha256    SHA-256 of the HTML page it was read from, or null
 * @param receivedBy    the actor who pasted it ("user:rania"), or "public" for a submission
 * @param moderatedBy   who let a submission through or discarded it, with when and why; null before
 * @param senderTag     for a submission, a keyed digest of the sender's address (equal for one sender while the server
 *                      runs, never the address); null otherwise
 * @param hasContact    whether the submitter left a contact (sealed; opened only for investigators and admins)
 */
public record StoredText(long id, TextOrigin origin, TextStatus status, String format, String text, String sha256, String pageSha256,
                         String language, OffsetDateTime publishedAt, String url, String author, List<String> notes,
                         Instant receivedAt, String receivedBy, String moderatedBy, Instant moderatedAt, String moderationReason,
                         String senderTag, boolean hasContact) {
    public StoredText {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sha256, "sha256");
        notes = List.copyOf(notes);
    }
}
