package org.groundtruth.place;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CountryCodesTest {
    @Test
    void alpha2FromCodesAndNames() {
        assertThat(CountryCodes.alpha2("SY")).isEqualTo("SY");
        assertThat(CountryCodes.alpha2(" sy ")).isEqualTo("SY");
        assertThat(CountryCodes.alpha2("SYR")).isEqualTo("SY");
        assertThat(CountryCodes.alpha2("Syria")).isEqualTo("SY");
        assertThat(CountryCodes.alpha2("UKR")).isEqualTo("UA");
        assertThat(CountryCodes.alpha2("Ukraine")).isEqualTo("UA");
        assertThat(CountryCodes.alpha2("YEM")).isEqualTo("YE");
        assertThat(CountryCodes.alpha2("Sudan")).isEqualTo("SD");
    }

    @Test
    void placeholdersAndUnknownsGiveNull() {
        assertThat(CountryCodes.alpha2(null)).isNull();
        assertThat(CountryCodes.alpha2("NA")).isNull();
        assertThat(CountryCodes.alpha2("")).isNull();
        assertThat(CountryCodes.alpha2("Narnia")).isNull();
        assertThat(CountryCodes.alpha2("NAM")).isEqualTo("NA");
    }
}
