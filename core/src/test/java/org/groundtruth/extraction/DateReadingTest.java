package org.groundtruth.extraction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** Absolute dates, periods, and words relative to the publication time (Monday 30 November 2015, 08:00). */
class DateReadingTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Airstrikes hit Ariha on Nov. 29, killing 5|en|2015-11-29|2015-11-29|STATED",
            "Airstrikes hit Ariha on 29/11/2015, killing 5|en|2015-11-29|2015-11-29|STATED",
            "Airstrikes hit Ariha between 3 and 9 March, killing 5|en|2015-03-03|2015-03-09|STATED",
            "Airstrikes hit Ariha yesterday evening, killing 5|en|2015-11-29|2015-11-29|RELATIVE_TO_PUBLICATION",
            "Airstrikes hit Ariha on Wednesday, killing 5|en|2015-11-25|2015-11-25|RELATIVE_TO_PUBLICATION",
            "Airstrikes killed 5 in Ariha|en|2015-11-29|2015-11-30|ASSUMED_FROM_PUBLICATION",
            "قتل 5 مدنيين في ٢٩ تشرين الثاني بقصف على أريحا|ar|2015-11-29|2015-11-29|STATED",
            "قتل 5 مدنيين أمس بقصف على أريحا|ar|2015-11-29|2015-11-29|RELATIVE_TO_PUBLICATION",
            "قتل 5 مدنيين اليوم الأحد بقصف على أريحا|ar|2015-11-29|2015-11-29|RELATIVE_TO_PUBLICATION",
            "استهدف الطيران اليوم 1تشرين الأول/أكتوبر 2016 مدينة أريحا وقتل 5|ar|2016-10-01|2016-10-01|STATED",
            "Вчора ввечері у Харкові загинули п'ятеро людей|uk|2015-11-29|2015-11-29|RELATIVE_TO_PUBLICATION",
            "У ніч на 23 вересня росіяни атакували Харків, загинув чоловік|uk|2015-09-22|2015-09-23|STATED",
            "17 серпня росіяни атакували Харків, загинув чоловік|uk|2015-08-17|2015-08-17|STATED",
            "Warplanes have been bombing Ariha since yesterday, killing 5|en|2015-11-29|2015-11-30|RELATIVE_TO_PUBLICATION",
            "Five killed in three massacres in Ariha since the dawn of yesterday|en|2015-11-29|2015-11-30|RELATIVE_TO_PUBLICATION",
            "قتل 5 مدنيين بقصف متواصل على أريحا منذ أمس|ar|2015-11-29|2015-11-30|RELATIVE_TO_PUBLICATION",
    })
    void readsTheDayWithItsPrecision(String text, String lang, String first, String last, String basis) {
        Extraction e = SmallGazetteer.extractor().extract(SourceText.of(text, Language.parse(lang).orElseThrow(), OffsetDateTime.parse("2015-11-30T08:00+02:00")));
        DateMention d = e.candidates().get(0).date();
        assertThat(d.date().firstDay()).isEqualTo(LocalDate.parse(first));
        assertThat(d.date().lastDay()).isEqualTo(LocalDate.parse(last));
        assertThat(d.basis()).hasToString(basis);
        if (d.span() != null) assertThat(text.substring(d.span().start(), d.span().end())).isNotBlank();
    }
}
