package org.groundtruth.warning;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The words of an alert in Arabic, English and Ukrainian. Sentences are built from labels ("Take-off: 2× Su-24M,
 * base: Hmeimim air base") rather than inflected verbs, so that no language's grammar of number, gender or case is
 * guessed at. Times are local to the theatre. Only observations and public reference rows feed them.
 */
public final class AlertTexts {
    /** More places than this are summed up as "and N more". */
    public static final int PLACES_IN_TEXT = 8;
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final Map<String, ZoneId> THEATRE_ZONES = Map.of("SY", ZoneId.of("Asia/Damascus"), "UA", ZoneId.of("Europe/Kyiv"),
            "YE", ZoneId.of("Asia/Aden"), "SD", ZoneId.of("Africa/Khartoum"), "PS", ZoneId.of("Asia/Gaza"), "LB", ZoneId.of("Asia/Beirut"));

    private record Words(Map<AlertLevel, String> levels, String cancelled, String expired, Map<EventKind, String> events, String base,
                         String at, String heading, String threatened, String more, String none, Map<AlertLevel, String> advice,
                         String cancelledNote, String expiredNote) {
    }

    private static final Map<Language, Words> WORDS = new EnumMap<>(Map.of(
            Language.EN, new Words(Map.of(AlertLevel.INFO, "INFO", AlertLevel.WATCH, "WATCH", AlertLevel.URGENT, "URGENT"), "CANCELLED", "EXPIRED",
                    events("Take-off", "Overflight", "On course", "Circling", "Strike seen", "Strike heard", "Landing", "Returned to base"),
                    "base: %s", "at %s", "heading %s", "Threatened places (ETA, local time)", "and %d more",
                    "No populated place is within its reach yet.",
                    Map.of(AlertLevel.INFO, "Stay alert.", AlertLevel.WATCH, "Be ready to take shelter.", AlertLevel.URGENT, "Take shelter now."),
                    "The alert for this flight is cancelled.", "No sighting has refreshed this alert since %s. This is not an all-clear: stay alert."),
            Language.AR, new Words(Map.of(AlertLevel.INFO, "معلومة", AlertLevel.WATCH, "تحذير", AlertLevel.URGENT, "عاجل"), "إلغاء", "انتهت المهلة",
                    events("إقلاع", "تحليق", "في مسار", "تحويم", "مشاهدة غارة", "سماع غارة", "هبوط", "عودة إلى القاعدة"),
                    "القاعدة: %s", "الساعة %s", "باتجاه %s", "الأماكن المهددة (الوقت المتوقع بالتوقيت المحلي)", "و%d أماكن أخرى",
                    "لا يوجد مكان مأهول ضمن مداها بعد.",
                    Map.of(AlertLevel.INFO, "ابقوا متيقظين.", AlertLevel.WATCH, "كونوا مستعدين للاحتماء.", AlertLevel.URGENT, "احتموا فوراً."),
                    "أُلغي التحذير الخاص بهذه الرحلة.", "لم تصل أي مشاهدة جديدة منذ %s. هذا ليس إعلاناً بزوال الخطر: ابقوا متيقظين."),
            Language.UK, new Words(Map.of(AlertLevel.INFO, "ІНФОРМАЦІЯ", AlertLevel.WATCH, "УВАГА", AlertLevel.URGENT, "ТЕРМІНОВО"), "СКАСОВАНО",
                    "ТЕРМІН МИНУВ",
                    events("Зліт", "Проліт", "Рух курсом", "Кружляння", "Видно удар", "Чути удар", "Посадка", "Повернення на базу"),
                    "база — %s", "о %s", "курс — %s", "Під загрозою (очікуваний час, місцевий)", "і ще %d",
                    "Жоден населений пункт ще не в межах досяжності.",
                    Map.of(AlertLevel.INFO, "Будьте уважні.", AlertLevel.WATCH, "Будьте готові пройти в укриття.", AlertLevel.URGENT,
                            "Негайно пройдіть в укриття."),
                    "Тривогу щодо цього польоту скасовано.", "Нових спостережень немає з %s. Це не відбій: будьте уважні.")));

    private AlertTexts() {
    }

    private static Map<EventKind, String> events(String... words) {
        Map<EventKind, String> m = new EnumMap<>(EventKind.class);
        for (EventKind k : EventKind.values()) m.put(k, words[k.ordinal()]);
        return m;
    }

    public static ZoneId zoneOf(String theatre) {
        return THEATRE_ZONES.getOrDefault(theatre, ZoneId.of("UTC"));
    }

    /** What an exercise's alert begins with (decision 0810), so that no one takes a drill or the demo for a real alert. */
    public static final Map<Language, String> EXERCISE = new EnumMap<>(Map.of(Language.EN, "EXERCISE, NOT A REAL ALERT",
            Language.AR, "تمرين، ليس تحذيراً حقيقياً", Language.UK, "НАВЧАННЯ, НЕ СПРАВЖНЯ ТРИВОГА"));

    /** The texts of a live alert in every language, from its public fields. */
    public static Map<Language, String> of(AlertState state, AlertLevel level, AircraftType aircraft, int count, EventKind event, Base base,
                                           Double headingDeg, Instant seenAt, List<Threat> threats) {
        return of(state, level, aircraft, count, event, base, headingDeg, seenAt, threats, false);
    }

    /** The texts of an alert in every language; an exercise's begin by saying so. */
    public static Map<Language, String> of(AlertState state, AlertLevel level, AircraftType aircraft, int count, EventKind event, Base base,
                                           Double headingDeg, Instant seenAt, List<Threat> threats, boolean exercise) {
        Map<Language, String> out = new EnumMap<>(Language.class);
        ZoneId zone = zoneOf(aircraft.theatre());
        for (Language l : Language.values()) {
            String text = text(WORDS.get(l), l, zone, state, level, aircraft, count, event, base, headingDeg, seenAt, threats);
            out.put(l, exercise ? EXERCISE.get(l) + " — " + text : text);
        }
        return out;
    }

    private static String text(Words w, Language l, ZoneId zone, AlertState state, AlertLevel level, AircraftType aircraft, int count,
                               EventKind event, Base base, Double headingDeg, Instant seenAt, List<Threat> threats) {
        String head = switch (state) {
            case ACTIVE -> w.levels().get(level);
            case CANCELLED -> w.cancelled();
            case EXPIRED -> w.expired();
        };
        StringBuilder s = new StringBuilder(head).append(" — ").append(w.events().get(event)).append(": ")
                .append(count).append("× ").append(aircraft.nameIn(l));
        if (base != null) s.append(", ").append(w.base().formatted(base.nameIn(l)));
        s.append(", ").append(w.at().formatted(time(seenAt, zone)));
        if (headingDeg != null && state == AlertState.ACTIVE) s.append(", ").append(w.heading().formatted(new Heading(headingDeg, 0).wordIn(l)));
        s.append(". ");
        switch (state) {
            case CANCELLED -> s.append(w.cancelledNote());
            case EXPIRED -> s.append(w.expiredNote().formatted(time(seenAt, zone)));
            case ACTIVE -> {
                if (threats.isEmpty()) {
                    s.append(w.none());
                } else {
                    s.append(w.threatened()).append(": ");
                    for (int i = 0; i < Math.min(PLACES_IN_TEXT, threats.size()); i++) {
                        Threat t = threats.get(i);
                        if (i > 0) s.append(l == Language.AR ? "، " : ", ");
                        s.append(t.place().nameIn(l)).append(' ').append(time(t.earliest(), zone)).append('–').append(time(t.latest(), zone));
                    }
                    if (threats.size() > PLACES_IN_TEXT) s.append(' ').append(w.more().formatted(threats.size() - PLACES_IN_TEXT));
                    s.append('.');
                }
                s.append(' ').append(w.advice().get(level));
            }
        }
        return s.toString();
    }

    private static String time(Instant t, ZoneId zone) {
        return HH_MM.format(t.atZone(zone));
    }
}
