package org.groundtruth.extraction;

import org.groundtruth.incident.CountRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Casualty figures as ranges with their qualifiers, in the three languages. */
class CasualtyReadingTest {
    private static CandidateCasualties read(String text, String lang) {
        Extraction e = SmallGazetteer.extractor().extract(SourceText.of(text, Language.parse(lang).orElseThrow(), RuleBasedExtractorTest.MORNING_AFTER));
        assertThat(e.candidates()).isNotEmpty();
        return e.candidates().get(0).casualties();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "More than 30 people were killed in airstrikes on Ariha|en|31|",
            "Airstrikes killed dozens in Ariha|en|24|",
            "At least 12 civilians, including 5 children, were killed in Idlib|en|12|",
            "Warplanes kill 21 people at least and injure tens of others in Idlib|en|21|",
            "Russian airstrikes kill 7 in Idlib countryside|en|7|7",
            "A man and 3 children were killed in shelling on Saraqib|en|4|4",
            "قتل أربعين مدنيا في قصف على أريحا|ar|40|40",
            "قتل واحد وعشرون مدنياً بقصف جوي على أريحا|ar|21|21",
            "قُتل ١٨ مدنياً على الأقل وأُصيب ٤٠ آخرون نتيجة غارات روسية على مدينة أريحا|ar|18|",
            "قتلت الطائرات الحربية سيدة وطفل في قرية بليون|ar|2|2",
            "ما أسفر عن وقوع 5 قتلى، هم 3 أطفال وامرأة ورجل في أريحا|ar|5|5",
            "Внаслідок удару по Харкову загинули п'ятеро людей, ще 15 поранені|uk|5|5",
            "У Харкові загинула 70-річна жінка|uk|1|1",
            "Через російську атаку на Харків загинули щонайменше двоє людей|uk|2|",
    })
    void killedIsARangeWithItsQualifier(String text, String lang, int min, Integer max) {
        assertThat(read(text, lang).killed().count()).isEqualTo(CountRange.of(min, max));
    }

    @Test
    void killedAndWoundedTogetherIsNotAKilledCount() {
        CandidateCasualties c = read("8 killed and wounded in airstrikes on Ariha", "en");
        assertThat(c.killed()).isNull();
        assertThat(c.killedOrInjured().count()).isEqualTo(CountRange.exactly(8));
        assertThat(read("أدى لوقوع أكثر من 50 شخصاً بين شهيد وجريح في أريحا", "ar").killed()).isNull();
    }

    @Test
    void agesWeaponNamesAndRunningTotalsAreNoCounts() {
        assertThat(read("Росія скинула на Харків шість авіабомб: загинув чоловік", "uk").killed().count()).isEqualTo(CountRange.exactly(1));
        assertThat(read("Ту-95 і ФАБ-250: загинула 65-річна жінка в Харкові", "uk").killed().count()).isEqualTo(CountRange.exactly(1));
        CandidateCasualties c = read("15 martyrs were killed today by shelling on Ariha, raising to 145 the number of civilians killed since the escalation began", "en");
        assertThat(c.killed().count()).isEqualTo(CountRange.exactly(15));
    }

    @Test
    void womenAndChildrenAmongTheKilled() {
        CandidateCasualties c = read("قتل 20 شخصًا في قصف على أريحا، ومن بين القتلى 4 أطفال و6 نساء", "ar");
        assertThat(c.killed().count()).isEqualTo(CountRange.exactly(20));
        assertThat(c.children().count()).isEqualTo(CountRange.exactly(4));
        assertThat(c.women().count()).isEqualTo(CountRange.exactly(6));
    }
}
