package org.groundtruth.merging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextNormaliserTest {
    @Test
    void arabicSpellingsAndAffixesMeetOnOneStem() {
        // diacritics, tatweel, hamza forms, taa marbuta, the article and conjunction prefixes, plural suffixes
        assertThat(TextNormaliser.stems("السُّوق")).containsExactly("سوق");
        assertThat(TextNormaliser.stems("وبالسوق")).containsExactly("سوق");
        assertThat(TextNormaliser.stems("المدرسة")).isEqualTo(TextNormaliser.stems("مدرسه"));
        assertThat(TextNormaliser.stems("إدلب")).isEqualTo(TextNormaliser.stems("ادلب"));
        assertThat(TextNormaliser.stems("المدنيين")).isEqualTo(TextNormaliser.stems("مدني"));
        assertThat(TextNormaliser.stems("قـصـف")).containsExactly("قصف");
        assertThat(TextNormaliser.stems("١٢ قتيلا")).startsWith("12");
    }

    @Test
    void ukrainianCasesMeetOnOneStem() {
        assertThat(TextNormaliser.stems("ракета")).isEqualTo(TextNormaliser.stems("ракетою"));
        assertThat(TextNormaliser.stems("Харкові")).isEqualTo(TextNormaliser.stems("харків"));
        assertThat(TextNormaliser.stems("обʼєкт")).isEqualTo(TextNormaliser.stems("об'єкт"));
        assertThat(TextNormaliser.stems("удар по ринку в Харкові")).doesNotContain("по", "в");
    }

    @Test
    void englishPluralsAndStopWords() {
        assertThat(TextNormaliser.stems("The markets were struck")).containsExactly("market", "struck");
        assertThat(TextNormaliser.stems("civilians killed")).containsExactly("civilian", "kill");
    }

    @Test
    void signatureTakesTheScriptOfMostLetters() {
        TextSignature s = TextNormaliser.signature("غارة جوية على سوق أريحا", "Ariha");
        assertThat(s.script()).isEqualTo(TextSignature.Script.ARABIC);
        assertThat(TextNormaliser.signature("удар по ринку").script()).isEqualTo(TextSignature.Script.CYRILLIC);
        assertThat(TextNormaliser.signature("  ,.; ")).isEqualTo(TextSignature.EMPTY);
        TextSignature a = TextNormaliser.signature("غارة جوية على سوق أريحا الشعبي ومقتل ٤٠ مدنيا");
        TextSignature b = TextNormaliser.signature("مقتل 40 مدنيا في غارة على السوق الشعبي في اريحا");
        assertThat(a.shared(b)).isGreaterThanOrEqualTo(5);
    }
}
