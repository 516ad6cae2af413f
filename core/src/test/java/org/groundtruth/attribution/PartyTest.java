package org.groundtruth.attribution;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.groundtruth.attribution.Party.*;

class PartyTest {
    @Test
    void readsThePerpetratorsAsSourcesWriteThem() {
        assertThat(Party.named("Russian warplanes")).containsExactly(RUSSIAN_MILITARY);
        assertThat(Party.named("Russian or Syrian government forces")).containsExactlyInAnyOrder(RUSSIAN_MILITARY, SYRIAN_GOVERNMENT);
        assertThat(Party.named("Government of Syria (2000-)")).containsExactly(SYRIAN_GOVERNMENT);
        assertThat(Party.named("Military Forces of Syria (2000-)")).containsExactly(SYRIAN_GOVERNMENT);
        assertThat(Party.named("International Coalition")).containsExactly(US_LED_COALITION);
        assertThat(Party.named("US-led coalition")).containsExactly(US_LED_COALITION);
        assertThat(Party.named("Military Forces of Turkey")).containsExactly(TURKISH_MILITARY);
        assertThat(Party.named("Israeli Air Force")).containsExactly(ISRAELI_MILITARY);
        assertThat(Party.named("الطيران الروسي")).containsExactly(RUSSIAN_MILITARY);
        assertThat(Party.named("طيران النظام")).containsExactly(SYRIAN_GOVERNMENT);
        assertThat(Party.named("Islamic State (Syria)")).containsExactly(OTHER);
        assertThat(Party.named("unknown aircraft")).isEmpty();
        assertThat(Party.parse("russian_military")).contains(RUSSIAN_MILITARY);
        assertThat(Party.parse("Syrian government")).contains(SYRIAN_GOVERNMENT);
        assertThat(Party.parse("Russian or Syrian government")).isEmpty();
    }
}
