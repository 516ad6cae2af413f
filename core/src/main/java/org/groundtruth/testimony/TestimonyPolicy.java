package org.groundtruth.testimony;

/**
 * What each {@link Audience} may see of a statement. The rule (decision 0731):
 * <ul>
 *   <li>admin and investigator: everything, the witness's identity and contact details opened;</li>
 *   <li>reviewer: the statement, its text and who took it, under the pseudonym; never the identity;</li>
 *   <li>viewer (an account that only reads): the pseudonym, date, language and consent; the text only where
 *       consent lets it leave the team;</li>
 *   <li>public: only statements whose consent lets them be published, by pseudonym, without the interviewer.</li>
 * </ul>
 * Identity and contact details are never shown to anyone but admins and investigators, whatever the consent.
 */
public final class TestimonyPolicy {
    private TestimonyPolicy() {
    }

    public static boolean mayOpenIdentity(Audience a) {
        return a == Audience.ADMIN || a == Audience.INVESTIGATOR;
    }

    public static boolean mayAdd(Audience a) {
        return a == Audience.ADMIN || a == Audience.INVESTIGATOR;
    }

    /** Whether the statement is listed at all. */
    public static boolean mayList(Audience a, Consent consent) {
        return a != Audience.PUBLIC || consent.textMayLeave();
    }

    public static boolean mayReadText(Audience a, Consent consent) {
        return switch (a) {
            case ADMIN, INVESTIGATOR, REVIEWER -> true;
            case VIEWER, PUBLIC -> consent.textMayLeave();
        };
    }

    public static boolean maySeeInterviewer(Audience a) {
        return a == Audience.ADMIN || a == Audience.INVESTIGATOR || a == Audience.REVIEWER;
    }
}
