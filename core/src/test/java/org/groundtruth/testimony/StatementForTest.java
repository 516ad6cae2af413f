package org.groundtruth.testimony;

import java.time.LocalDate;

/** Small factories for statements and identities in tests. The names are made up and unusual enough to grep for. */
public final class StatementForTest {
    /** A witness name no other fixture contains, so that a search for it finds only leaks. */
    public static final String WITNESS_NAME = "Zubayda Qarawiyyin-Haddad";
    public static final String WITNESS_CONTACT = "+963 944 771 203, Telegram @zq_ariha";

    private StatementForTest() {
    }

    public static Statement statement(String pseudonym, Consent consent) {
        return new Statement(pseudonym, "Interviewer R.", LocalDate.of(2015, 12, 2), "ar",
                "The market was full when the first rocket fell near the vegetable stalls.", consent);
    }

    public static Statement statement(Consent consent) {
        return statement("Witness A, Ariha", consent);
    }

    public static WitnessIdentity identity() {
        return new WitnessIdentity(WITNESS_NAME, WITNESS_CONTACT);
    }
}
