package org.groundtruth.testimony;

/**
 * Who is looking at a statement, as far as witness protection cares: the account roles, and the public (no
 * account). {@link TestimonyPolicy} says what each may see.
 */
public enum Audience {
    ADMIN, INVESTIGATOR, REVIEWER, VIEWER, PUBLIC
}
