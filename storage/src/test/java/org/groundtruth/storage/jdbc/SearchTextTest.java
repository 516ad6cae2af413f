package org.groundtruth.storage.jdbc;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {
    @Test
    void foldsCaseAccentsAndPunctuation() {
        assertThat(SearchText.normalize("  Strike on AL-BAB's market, 29/11!  ")).isEqualTo("strike on al bab s market 29 11");
        assertThat(SearchText.normalize("Ḥalab — Alépпо")).isEqualTo("halab alepпо");
        assertThat(SearchText.normalize(null)).isEmpty();
        assertThat(SearchText.normalize("?!")).isEmpty();
    }

    @Test
    void foldsArabicAlefFormsAndDropsShortVowelsAndTatweel() {
        assertThat(SearchText.normalize("أريحا")).isEqualTo(SearchText.normalize("اريحا"));
        assertThat(SearchText.normalize("إدلب")).isEqualTo("ادلب");
        assertThat(SearchText.normalize("آمنة")).isEqualTo("امنة");
        assertThat(SearchText.normalize("مُسْتَشْفَى")).isEqualTo("مستشفى");
        assertThat(SearchText.normalize("قصـــف، السوق")).isEqualTo("قصف السوق");
    }

    @Test
    void tokensAreWhatTheIndexSees() {
        assertThat(SearchText.tokens("Crowded MARKET in Ariha")).containsExactly("crowded", "market", "in", "ariha");
        assertThat(SearchText.tokens("\"*:&|")).isEmpty();
        assertThat(SearchText.document(List.of("Title", "", "Body text"))).isEqualTo("title body text");
    }
}
