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
            "Syria regime kills dozens in raids on Ariha|en|24|",
            "The regime kills 13 in raids on Ariha|en|13|13",
            "قتل 13 في غارات على أريحا|ar|13|13",
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

    /** Killed of the first candidate, null when none is proposed; the text must yield a candidate. */
    private static CountRange killed(String text, String lang) {
        CasualtyFigure k = read(text, lang).killed();
        return k == null ? null : k.count();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a toll of a period, a campaign or both sides is no strike's figure
            "Shelling on Ariha raises to 52, the number of people who were killed in less than a month|en|",
            "The escalation of shelling on Ariha enters its 3rd week, raising the death toll to about 175 citizens|en|",
            "Clashes near Ariha raise the death toll to more than 30 of both parties|en|",
            "At least 60 citizens, fighters and members killed in 5 days of clashes in Ariha|en|",
            // after the strike's own figure in the same sentence, a revised toll is the total it adds to
            "5 citizens were killed by the border guards near Ariha during a week, raising the number killed by the border guards to about 335|en|5",
            "A civilian was killed by shelling on Ariha and raises to about 355 persons killed by the regime forces|en|1",
            // unless the figure is of more dead, or of another day
            "5 more died in Ariha, raising the death toll to 40|en|40",
            "قتل أربعة مدنيين اليوم في أريحا، فيما ارتفع عدد القتلى جراء القصف على المدينة يوم أمس إلى ثلاثة عشر قتيلا|ar|4",
            // the revised toll of one strike is its figure
            "The death toll of the strike on the market in Ariha rose to 40 on Tuesday|en|40",
            "ارتفعت حصيلة القتلى في مجزرة أريحا إلى 40 قتيلا|ar|40",
            "ارتفعت حصيلة القتلى جراء القصف على أريحا منذ بدء الحملة إلى 150 قتيلا|ar|",
            "У Харкові кількість загиблих унаслідок ракетного удару зросла до семи осіб|uk|7",
            "У Харкові кількість загиблих з початку місяця зросла до 40 осіб|uk|",
    })
    void runningTotalsAreNoStrikesFigure(String text, String lang, Integer min) {
        CountRange k = killed(text, lang);
        if (min == null) assertThat(k).isNull();
        else assertThat(k.min()).isEqualTo(min);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "98 persons were killed yesterday, including 30 members of the regime forces and militiamen loyal to them, and 11 citizens|en",
            "36 killed yesterday including 7 regime forces and allied militiamen|en",
            "25 people were killed yesterday, and 3 persons were killed in different circumstances in several provinces|en",
            "قتل 36 شخصا أمس بينهم 7 عناصر من قوات النظام و29 مدنيا|ar",
    })
    void aMonitorsTollOfADayIsNoStrikesFigure(String text, String lang) {
        Extraction e = SmallGazetteer.extractor().extract(SourceText.of(text, Language.parse(lang).orElseThrow(), RuleBasedExtractorTest.MORNING_AFTER));
        assertThat(e.candidates()).allSatisfy(c -> assertThat(c.casualties().killed()).isNull());
        assertThat(e.casualties()).isNotEmpty().allSatisfy(m -> assertThat(m.cumulative()).isTrue());
    }

    @Test
    void aDaysTollOfOneStrikeStaysItsFigure() {
        assertThat(killed("Airstrikes on Ariha killed 20 yesterday, including 5 fighters and 15 civilians", "en").min()).isEqualTo(20);
        assertThat(killed("20 were killed yesterday including 5 members of the regime forces in shelling on Ariha", "en").min()).isEqualTo(20);
    }
}
