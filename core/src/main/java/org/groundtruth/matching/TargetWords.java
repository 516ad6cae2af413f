package org.groundtruth.matching;

import org.groundtruth.incident.CivilianObject;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which kinds of civilian object a claimed target names, by words in English, Arabic and Russian
 * ("hospital", "مستشفى", "больница"). A claim naming "terrorist command post" names none.
 */
final class TargetWords {
    private static final Map<CivilianObject, List<String>> WORDS = Map.of(
            CivilianObject.MEDICAL, List.of("hospital", "clinic", "medical", "health cent", "مستشفى", "مشفى", "عيادة", "больниц", "госпитал"),
            CivilianObject.MARKET, List.of("market", "souk", "bazaar", "سوق", "рынок", "рынк"),
            CivilianObject.PLACE_OF_WORSHIP, List.of("mosque", "church", "مسجد", "جامع", "كنيسة", "мечеть", "мечет", "церк"),
            CivilianObject.SCHOOL, List.of("school", "university", "kindergarten", "مدرسة", "جامعة", "школ", "университет"),
            CivilianObject.CIVIL_DEFENCE, List.of("civil defence", "civil defense", "white helmets", "الدفاع المدني", "белые каски"),
            CivilianObject.WATER_AND_POWER, List.of("water", "power station", "power plant", "electricity", "bakery", "محطة", "مياه", "فرن",
                    "электростанц", "водокачк"),
            CivilianObject.DISPLACEMENT_CAMP, List.of("camp", "مخيم", "лагер"),
            CivilianObject.RESIDENTIAL, List.of("residential", "house", "home", "apartment", "منزل", "حي سكني", "жилой"));

    /** Claimed targets repeat ("terrorist command post"), so their kinds are remembered, up to a bound. */
    private static final int CACHE_LIMIT = 50_000;
    private static final Map<String, Set<CivilianObject>> CACHE = new ConcurrentHashMap<>();

    private TargetWords() {
    }

    static Set<CivilianObject> kindsNamed(String claimedTarget) {
        if (claimedTarget == null) return Set.of();
        Set<CivilianObject> cached = CACHE.get(claimedTarget);
        if (cached != null) return cached;
        Set<CivilianObject> kinds = Collections.unmodifiableSet(find(claimedTarget));
        if (CACHE.size() < CACHE_LIMIT) CACHE.put(claimedTarget, kinds);
        return kinds;
    }

    private static Set<CivilianObject> find(String claimedTarget) {
        Set<CivilianObject> kinds = EnumSet.noneOf(CivilianObject.class);
        if (claimedTarget == null) return kinds;
        String text = claimedTarget.toLowerCase(Locale.ROOT);
        WORDS.forEach((kind, words) -> {
            for (String w : words) {
                if (text.contains(w)) {
                    kinds.add(kind);
                    break;
                }
            }
        });
        return kinds;
    }
}
