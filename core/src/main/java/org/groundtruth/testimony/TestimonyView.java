package org.groundtruth.testimony;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A statement as one {@link Audience} may see it. Fields the audience may not see are null; {@code textWithheld}
 * says the text exists but consent keeps it in. {@link #toString()} leaves the identity out.
 */
public record TestimonyView(long id, long incidentId, String pseudonym, String interviewer, LocalDate interviewedOn,
                            String language, Consent consent, String text, boolean textWithheld, WitnessIdentity identity,
                            Instant createdAt) {

    static TestimonyView of(StoredTestimony t, Audience a, WitnessIdentity opened) {
        Statement s = t.statement();
        boolean text = TestimonyPolicy.mayReadText(a, s.consent());
        return new TestimonyView(t.id(), t.incidentId(), s.pseudonym(), TestimonyPolicy.maySeeInterviewer(a) ? s.interviewer() : null,
                s.interviewedOn(), s.language(), s.consent(), text ? s.text() : null, !text, opened, t.createdAt());
    }

    @Override
    public String toString() {
        return "TestimonyView[" + id + ", incident " + incidentId + ", " + pseudonym + ", " + consent.code()
                + (identity == null ? "" : ", identity opened") + "]";
    }
}
