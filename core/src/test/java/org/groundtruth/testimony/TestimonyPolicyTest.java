package org.groundtruth.testimony;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.groundtruth.testimony.Audience.*;
import static org.groundtruth.testimony.Consent.*;

class TestimonyPolicyTest {
    @Test
    void onlyAdminsAndInvestigatorsOpenIdentities() {
        assertThat(TestimonyPolicy.mayOpenIdentity(ADMIN)).isTrue();
        assertThat(TestimonyPolicy.mayOpenIdentity(INVESTIGATOR)).isTrue();
        assertThat(TestimonyPolicy.mayOpenIdentity(REVIEWER)).isFalse();
        assertThat(TestimonyPolicy.mayOpenIdentity(VIEWER)).isFalse();
        assertThat(TestimonyPolicy.mayOpenIdentity(PUBLIC)).isFalse();
    }

    @Test
    void consentGovernsTextForViewersAndThePublic() {
        assertThat(TestimonyPolicy.mayReadText(REVIEWER, INTERNAL_ONLY)).isTrue();
        assertThat(TestimonyPolicy.mayReadText(VIEWER, INTERNAL_ONLY)).isFalse();
        assertThat(TestimonyPolicy.mayReadText(VIEWER, PUBLISH_ANONYMISED)).isTrue();
        assertThat(TestimonyPolicy.mayList(PUBLIC, INTERNAL_ONLY)).isFalse();
        assertThat(TestimonyPolicy.mayList(PUBLIC, PUBLISH_WITH_NAME)).isTrue();
        assertThat(TestimonyPolicy.maySeeInterviewer(PUBLIC)).isFalse();
    }

    @Test
    void consentCodesParse() {
        assertThat(Consent.parse("publish-anonymised")).contains(PUBLISH_ANONYMISED);
        assertThat(Consent.parse("Internal only")).contains(INTERNAL_ONLY);
        assertThat(Consent.parse("whatever")).isEmpty();
    }
}
