package org.groundtruth.textintake;

/** How a text came in. */
public enum TextOrigin {
    /** Pasted or posted by a signed-in investigator (the UI, {@code POST /api/intake/texts}). */
    PASTED,
    /** Sent by anyone through the public submission page; waits for a moderator before anything is proposed from it. */
    SUBMITTED
}
