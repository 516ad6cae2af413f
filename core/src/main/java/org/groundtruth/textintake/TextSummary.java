package org.groundtruth.textintake;

import java.time.Instant;

/**
 * A text as the intake queue lists it: its first {@value #EXCERPT_CHARS} characters, where it stands and how many of its
 * candidates still wait for a decision.
 */
public record TextSummary(long id, TextOrigin origin, TextStatus status, String language, String url, String excerpt, int characters,
                          Instant receivedAt, String receivedBy, int candidates, int pending, String senderTag, boolean hasContact) {
    public static final int EXCERPT_CHARS = 280;
}
