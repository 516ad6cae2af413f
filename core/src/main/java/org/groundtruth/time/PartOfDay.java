package org.groundtruth.time;

import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Parts of the day as sources write them ("in the morning", "during the night", "صباحاً", "вночі"), each a window of
 * {@link IncidentDate#PART_OF_DAY_HOURS} hours of local time (docs/decisions/0215-times-of-day-as-words.md).
 */
public enum PartOfDay {
    NIGHT(0), DAWN(3), MORNING(6), MIDDAY(9), AFTERNOON(12), EVENING(18);

    private final int startHour;

    PartOfDay(int startHour) {
        this.startHour = startHour;
    }

    public LocalTime start() {
        return LocalTime.of(startHour, 0);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static final Map<String, PartOfDay> WORDS = Map.ofEntries(
            Map.entry("night", NIGHT), Map.entry("at night", NIGHT), Map.entry("during the night", NIGHT), Map.entry("overnight", NIGHT),
            Map.entry("late at night", NIGHT), Map.entry("late night", NIGHT), Map.entry("in the night", NIGHT), Map.entry("nighttime", NIGHT),
            Map.entry("ليلا", NIGHT), Map.entry("ليلاً", NIGHT), Map.entry("في الليل", NIGHT), Map.entry("منتصف الليل", NIGHT),
            Map.entry("вночі", NIGHT), Map.entry("уночі", NIGHT), Map.entry("ночью", NIGHT), Map.entry("ніч", NIGHT), Map.entry("ночь", NIGHT),
            Map.entry("dawn", DAWN), Map.entry("at dawn", DAWN), Map.entry("daybreak", DAWN), Map.entry("at daybreak", DAWN),
            Map.entry("early morning", DAWN), Map.entry("early in the morning", DAWN), Map.entry("first light", DAWN),
            Map.entry("فجرا", DAWN), Map.entry("فجراً", DAWN), Map.entry("الفجر", DAWN), Map.entry("на світанку", DAWN), Map.entry("на рассвете", DAWN),
            Map.entry("morning", MORNING), Map.entry("in the morning", MORNING), Map.entry("this morning", MORNING),
            Map.entry("صباحا", MORNING), Map.entry("صباحاً", MORNING), Map.entry("الصباح", MORNING), Map.entry("вранці", MORNING),
            Map.entry("зранку", MORNING), Map.entry("утром", MORNING), Map.entry("ранок", MORNING), Map.entry("утро", MORNING),
            Map.entry("midday", MIDDAY), Map.entry("noon", MIDDAY), Map.entry("at noon", MIDDAY), Map.entry("around noon", MIDDAY),
            Map.entry("ظهرا", MIDDAY), Map.entry("ظهراً", MIDDAY), Map.entry("الظهر", MIDDAY), Map.entry("опівдні", MIDDAY), Map.entry("в полдень", MIDDAY),
            Map.entry("afternoon", AFTERNOON), Map.entry("in the afternoon", AFTERNOON), Map.entry("this afternoon", AFTERNOON),
            Map.entry("بعد الظهر", AFTERNOON), Map.entry("عصرا", AFTERNOON), Map.entry("عصراً", AFTERNOON), Map.entry("العصر", AFTERNOON),
            Map.entry("вдень", AFTERNOON), Map.entry("після обіду", AFTERNOON), Map.entry("днём", AFTERNOON), Map.entry("днем", AFTERNOON),
            Map.entry("evening", EVENING), Map.entry("in the evening", EVENING), Map.entry("this evening", EVENING), Map.entry("dusk", EVENING),
            Map.entry("مساء", EVENING), Map.entry("مساءً", EVENING), Map.entry("المساء", EVENING), Map.entry("ввечері", EVENING),
            Map.entry("увечері", EVENING), Map.entry("вечером", EVENING), Map.entry("вечір", EVENING), Map.entry("вечер", EVENING));

    /** The part of day these words name, ignoring case, spaces and a final full stop; empty when they name none. */
    public static Optional<PartOfDay> parse(String words) {
        if (words == null) return Optional.empty();
        String k = words.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[.]$", "");
        for (PartOfDay p : values()) if (p.label().equals(k)) return Optional.of(p);
        return Optional.ofNullable(WORDS.get(k));
    }

    /** The name of the part that starts at this time ("morning"), or "from HH:mm" for a window of another start. */
    public static String nameOf(LocalTime start) {
        for (PartOfDay p : values()) if (p.start().equals(start)) return p.label();
        return "from " + start;
    }
}
