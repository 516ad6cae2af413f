package org.groundtruth.extraction;

import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;

/** Month and weekday names and relative day words of English, Arabic and Ukrainian, in normalised form. */
final class DateWords {
    private DateWords() {
    }

    /** One-word month names and abbreviations. Two-word Levantine names are in {@link #MONTH_PAIRS}. */
    static final Map<String, Integer> MONTHS = new HashMap<>();
    /** "تشرين الثاني" → 11: first word + second word. */
    static final Map<String, Integer> MONTH_PAIRS = new HashMap<>();
    static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    private static void month(int m, String... names) {
        for (String n : names) MONTHS.put(Normaliser.normalise(n), m);
    }

    private static void weekday(DayOfWeek d, String... names) {
        for (String n : names) WEEKDAYS.put(Normaliser.normalise(n), d);
    }

    static {
        month(1, "january", "jan", "يناير", "كانون الثاني", "جانفي", "січня", "січень", "січні", "январь", "января");
        month(2, "february", "feb", "فبراير", "شباط", "فيفري", "лютого", "лютий", "лютому", "февраля");
        month(3, "march", "mar", "مارس", "آذار", "اذار", "березня", "березень", "березні", "марта");
        month(4, "april", "apr", "أبريل", "ابريل", "نيسان", "إبريل", "أفريل", "квітня", "квітень", "квітні", "апреля");
        month(5, "may", "مايو", "أيار", "ايار", "ماي", "травня", "травень", "травні", "мая");
        month(6, "june", "jun", "يونيو", "حزيران", "جوان", "червня", "червень", "червні", "июня");
        month(7, "july", "jul", "يوليو", "تموز", "جويلية", "липня", "липень", "липні", "июля");
        month(8, "august", "aug", "أغسطس", "اغسطس", "آب", "اب", "أوت", "серпня", "серпень", "серпні", "августа");
        month(9, "september", "sep", "sept", "سبتمبر", "أيلول", "ايلول", "вересня", "вересень", "вересні", "сентября");
        month(10, "october", "oct", "أكتوبر", "اكتوبر", "жовтня", "жовтень", "жовтні", "октября");
        month(11, "november", "nov", "نوفمبر", "نونبر", "листопада", "листопад", "листопаді", "ноября");
        month(12, "december", "dec", "ديسمبر", "دجنبر", "грудня", "грудень", "грудні", "декабря");
        MONTH_PAIRS.put(Normaliser.normalise("تشرين الأول"), 10);
        MONTH_PAIRS.put(Normaliser.normalise("تشرين الثاني"), 11);
        MONTH_PAIRS.put(Normaliser.normalise("كانون الأول"), 12);
        MONTH_PAIRS.put(Normaliser.normalise("كانون الثاني"), 1);
        weekday(DayOfWeek.MONDAY, "monday", "الاثنين", "الإثنين", "اثنين", "понеділок", "понеділка", "понеділку");
        weekday(DayOfWeek.TUESDAY, "tuesday", "الثلاثاء", "ثلاثاء", "вівторок", "вівторка");
        weekday(DayOfWeek.WEDNESDAY, "wednesday", "الأربعاء", "الاربعاء", "الإربعاء", "اربعاء", "середа", "середу", "середи");
        weekday(DayOfWeek.THURSDAY, "thursday", "الخميس", "خميس", "четвер", "четверга");
        weekday(DayOfWeek.FRIDAY, "friday", "الجمعة", "جمعة", "п'ятниця", "п'ятницю", "п'ятниці");
        weekday(DayOfWeek.SATURDAY, "saturday", "السبت", "سبت", "субота", "суботу", "суботи");
        weekday(DayOfWeek.SUNDAY, "sunday", "الأحد", "الاحد", "неділя", "неділю", "неділі");
    }

    /**
     * Relative day words. Code "offset:PART": days back from publication and the part of the day; "night:" is the
     * night before publication (two calendar days), "day:" the last 24 hours, "week:" the last seven days.
     */
    static final Lexicon RELATIVE = new Lexicon()
            .add("0:", "today|this day|اليوم|هذا اليوم|сьогодні|нині|цього дня")
            .add("0:MORNING", "this morning|early this morning|صباح اليوم|فجر اليوم|صباح هذا اليوم|сьогодні вранці|сьогодні зранку|цього ранку|зранку|вранці|уранці|ранком")
            .add("0:AFTERNOON", "this afternoon|ظهر اليوم|عصر اليوم|بعد ظهر اليوم|сьогодні вдень|вдень|удень|опівдні")
            .add("0:EVENING", "this evening|مساء اليوم|сьогодні ввечері|цього вечора|ввечері|увечері")
            .add("-1:", "yesterday|أمس|امس|يوم أمس|يوم امس|البارحة|вчора|учора|вчорашнього дня")
            .add("-1:MORNING", "yesterday morning|صباح أمس|صباح امس|вчора вранці|вчора зранку|учора вранці")
            .add("-1:AFTERNOON", "yesterday afternoon|ظهر أمس|عصر أمس|عصر امس|вчора вдень|учора вдень")
            .add("-1:EVENING", "yesterday evening|last evening|مساء أمس|مساء امس|вчора ввечері|учора ввечері|вчора увечері|надвечір вчора")
            .add("-2:", "the day before yesterday|أول أمس|اول امس|позавчора")
            .add("night:NIGHT", "last night|overnight|tonight|ليلة أمس|ليله امس|الليلة الماضية|الليله الماضيه|ليل أمس|вночі|уночі|минулої ночі|цієї ночі|сьогодні вночі|цієї ночі|нічної атаки|нічна атака|нічного обстрілу|нічний обстріл|нічну атаку")
            .add("day:", "past 24 hours|last 24 hours|the past day|خلال ال 24 ساعه الماضيه|خلال الساعات ال 24 الماضيه|минулої доби|протягом минулої доби|за минулу добу|протягом доби|за добу")
            .add("week:", "last week|the past week|past week|الاسبوع الماضي|минулого тижня|протягом тижня");
}
