package org.groundtruth.intake.interpret;

import org.groundtruth.incident.CivilianObject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.groundtruth.incident.CivilianObject.*;

class CivilianObjectKeywordsTest {

    @Test
    void englishWordsAndPhrases() {
        assertThat(CivilianObjectKeywords.detect("Russian jets struck the crowded market")).containsExactly(MARKET);
        assertThat(CivilianObjectKeywords.detect("the field hospital and a Health Centre")).containsExactly(MEDICAL);
        assertThat(CivilianObjectKeywords.detect("Strikes near two mosques")).containsExactly(PLACE_OF_WORSHIP);
        assertThat(CivilianObjectKeywords.detect("Civil Defense center hit; White Helmets rescue")).containsExactly(CIVIL_DEFENCE);
        assertThat(CivilianObjectKeywords.detect("a displaced people's camp near Atmeh")).containsExactly(DISPLACEMENT_CAMP);
        assertThat(CivilianObjectKeywords.detect("the camp for the displaced")).containsExactly(DISPLACEMENT_CAMP);
        assertThat(CivilianObjectKeywords.detect("water pumping station out of service")).containsExactly(WATER_AND_POWER);
        assertThat(CivilianObjectKeywords.detect("homes and a school destroyed"))
                .containsExactlyInAnyOrder(RESIDENTIAL, SCHOOL);
        assertThat(CivilianObjectKeywords.detect("the bakery")).containsExactly(OTHER);
    }

    @Test
    void partsOfOtherWordsDoNotCount() {
        assertThat(CivilianObjectKeywords.detect("the air campaign continued")).isEmpty();
        assertThat(CivilianObjectKeywords.detect("a warehouse and a military camp")).isEmpty();
        assertThat(CivilianObjectKeywords.detect("supermarkets", "Damascus", "schooling")).isEmpty();
    }

    @Test
    void arabicWithPrefixesDiacriticsAndLetterVariants() {
        assertThat(CivilianObjectKeywords.detect("قصف على السوق الشعبي")).containsExactly(MARKET);
        assertThat(CivilianObjectKeywords.detect("استهداف مشفى الرحمة")).containsExactly(MEDICAL);
        assertThat(CivilianObjectKeywords.detect("قصف المستشفى الوطني")).containsExactly(MEDICAL);
        assertThat(CivilianObjectKeywords.detect("غارة قرب المسجد")).containsExactly(PLACE_OF_WORSHIP);
        assertThat(CivilianObjectKeywords.detect("قصف مَدرسةٍ")).containsExactly(SCHOOL);
        assertThat(CivilianObjectKeywords.detect("مركز الدفاع المدني")).containsExactly(CIVIL_DEFENCE);
        assertThat(CivilianObjectKeywords.detect("مخيم للنازحين")).containsExactly(DISPLACEMENT_CAMP);
        assertThat(CivilianObjectKeywords.detect("دمار في المنازل والبيوت")).containsExactly(RESIDENTIAL);
        assertThat(CivilianObjectKeywords.detect("خروج الفرن عن الخدمة")).containsExactly(OTHER);
        assertThat(CivilianObjectKeywords.detect("طائرات فرنسية", "جامعة حلب")).isEmpty();
    }

    @Test
    void nothingInNothing() {
        assertThat(CivilianObjectKeywords.detect((String) null, "")).isEmpty();
        assertThat(CivilianObjectKeywords.detect("Clashes on many fronts of Aleppo")).isEmpty();
    }

    @Test
    void everyKindCanBeFound() {
        assertThat(CivilianObjectKeywords.detect("houses market mosque hospital school civil defence idp camp power station bakery"))
                .containsExactlyInAnyOrder(CivilianObject.values());
    }
}
