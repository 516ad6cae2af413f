package org.groundtruth.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeClaimsTest {

    @Test
    void aChangeOfKindIsALie() {
        assertThat(TypeClaims.contradiction("application/pdf", "image/png")).contains("its content is image/png, but its name says application/pdf");
        assertThat(TypeClaims.contradiction("image/jpeg", "text/html")).isPresent();
        assertThat(TypeClaims.contradiction("video/mp4", "application/x-executable")).isPresent();
        assertThat(TypeClaims.contradiction("video/mp4", "image/jpeg")).isPresent();
        assertThat(TypeClaims.contradiction("application/pdf", "application/zip")).isPresent();
    }

    @Test
    void variantsOfOneKindAreNot() {
        assertThat(TypeClaims.contradiction("image/jpeg", "image/heic")).isEmpty();
        assertThat(TypeClaims.contradiction("video/mp4", "video/quicktime")).isEmpty();
        assertThat(TypeClaims.contradiction("video/mp4", "audio/mp4")).isEmpty();
        assertThat(TypeClaims.contradiction("text/csv", "text/plain")).isEmpty();
        assertThat(TypeClaims.contradiction("application/vnd.google-earth.kml+xml", "application/xml")).isEmpty();
        assertThat(TypeClaims.contradiction("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/zip")).isEmpty();
        assertThat(TypeClaims.contradiction("application/msword", "application/x-tika-msoffice")).isEmpty();
        assertThat(TypeClaims.contradiction("text/html; charset=UTF-8", "TEXT/HTML")).isEmpty();
    }

    @Test
    void whenEitherSaysNothingThereIsNothingToContradict() {
        assertThat(TypeClaims.contradiction(null, "image/png")).isEmpty();
        assertThat(TypeClaims.contradiction("image/png", null)).isEmpty();
        assertThat(TypeClaims.contradiction("image/png", "application/octet-stream")).isEmpty();
        assertThat(TypeClaims.contradiction("application/octet-stream", "image/png")).isEmpty();
    }
}
