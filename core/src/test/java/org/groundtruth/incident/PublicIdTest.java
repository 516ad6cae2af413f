package org.groundtruth.incident;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PublicIdTest {

    @Test
    void publicIdsAreWellFormedDistinctAndNeverANumber() {
        Set<String> seen = new HashSet<>();
        Set<Character> firsts = new HashSet<>();
        for (int n = 0; n < 50_000; n++) {
            String id = PublicId.next();
            assertThat(id).hasSize(PublicId.LENGTH).matches("[a-hjkmnp-tv-z][0-9a-hjkmnp-tv-z]{15}");
            assertThat(PublicId.isWellFormed(id)).isTrue();
            assertThat(seen.add(id)).as("distinct").isTrue();
            firsts.add(id.charAt(0));
        }
        assertThat(firsts).as("every letter can start one").hasSize(PublicId.LETTERS.length());
    }

    @Test
    void everyCharacterPositionIsRandom() {
        // each of the 15 free positions takes every one of the 32 characters over some thousands of ids
        int[][] counts = new int[PublicId.LENGTH][32];
        for (int n = 0; n < 20_000; n++) {
            String id = PublicId.next();
            for (int k = 1; k < id.length(); k++) counts[k][PublicId.ALPHABET.indexOf(id.charAt(k))]++;
        }
        for (int k = 1; k < PublicId.LENGTH; k++) {
            for (int c = 0; c < 32; c++) assertThat(counts[k][c]).as("position %d, character %d", k, c).isBetween(450, 800);
        }
    }

    @Test
    void onlyTheShapeOfAPublicIdIsAccepted() {
        assertThat(PublicId.isWellFormed("k3x9q2m7t4v8w1z5")).isTrue();
        assertThat(PublicId.isWellFormed("K3X9Q2M7T4V8W1Z5")).as("case-insensitive as Crockford's base32").isTrue();
        assertThat(PublicId.normalize("K3X9Q2M7T4V8W1Z5")).isEqualTo("k3x9q2m7t4v8w1z5");
        assertThat(PublicId.isWellFormed("1234567890123456")).as("a number is an internal id, never a public one").isFalse();
        assertThat(PublicId.isWellFormed("k3x9q2m7t4v8w1z")).isFalse();
        assertThat(PublicId.isWellFormed("k3x9q2m7t4v8w1z5a")).isFalse();
        assertThat(PublicId.isWellFormed("k3x9q2m7t4v8w1zu")).as("u is not in the alphabet").isFalse();
        assertThat(PublicId.isWellFormed("\u212a3x9q2m7t4v8w1z5")).as("Kelvin sign").isFalse();
        assertThat(PublicId.isWellFormed("k3x9q2m7'OR'1=1-")).isFalse();
        assertThat(PublicId.isWellFormed(null)).isFalse();
    }
}
