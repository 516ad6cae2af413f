package org.groundtruth.intake.interpret;

import org.groundtruth.incident.CivilianObject;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the civilian objects a free text says were hit ("struck a market", "قصف مشفى"), in English and Arabic.
 * Words are compared whole (so "camp" does not match "campaign", nor "house" "warehouse"); Arabic words are
 * compared without diacritics, with one form of alef, yaa and taa marbuta, and without the attached prefixes
 * و ب ل ف ك and ال. A text is split into words once and each word is one hash lookup, so that a million
 * rows cost little. It only suggests: the raw text is kept and a person can correct the result.
 */
public final class CivilianObjectKeywords {

    private record Phrase(String[] words, CivilianObject kind) {
    }

    private static final Map<String, List<Phrase>> BY_FIRST_WORD = new HashMap<>();

    static {
        add(CivilianObject.MARKET, "market", "markets", "marketplace", "bazar", "bazaar", "bazaars", "souq", "souk", "suq",
                "سوق", "اسواق");
        add(CivilianObject.MEDICAL, "hospital", "hospitals", "clinic", "clinics", "medical", "dispensary", "ambulance",
                "ambulances", "maternity", "obstetric", "health center", "health centers", "health centre",
                "health centres", "health post", "health facility", "health facilities", "health point",
                "مشفى", "مستشفى", "مشافي", "مستشفيات", "مستوصف", "نقطة طبية", "مركز صحي", "سيارة اسعاف");
        add(CivilianObject.PLACE_OF_WORSHIP, "mosque", "mosques", "church", "churches", "masjid", "shrine", "shrines",
                "synagogue", "مسجد", "مساجد", "جامع", "كنيسة", "كنائس");
        add(CivilianObject.SCHOOL, "school", "schools", "kindergarten", "kindergartens", "kindergarden",
                "مدرسة", "مدارس", "روضة اطفال");
        add(CivilianObject.CIVIL_DEFENCE, "civil defence", "civil defense", "white helmets",
                "الدفاع المدني", "الخوذ البيضاء");
        add(CivilianObject.DISPLACEMENT_CAMP, "idp camp", "idp camps", "idps camp", "refugee camp", "refugee camps",
                "refugees camp", "displaced camp", "displacement camp", "displacement camps", "displaced people camp",
                "displaced persons camp", "camp for displaced", "camp for the displaced", "camps for displaced",
                "camps for the displaced", "camp for idps", "camp for refugees", "camp of displaced", "مخيم", "مخيمات");
        add(CivilianObject.WATER_AND_POWER, "water station", "water stations", "water plant", "water pumping station",
                "water treatment plant", "water tank", "water network", "water facility", "power station",
                "power stations", "power plant", "power plants", "power line", "power lines", "electricity",
                "electrical station", "dam", "محطة مياه", "محطة المياه", "محطة كهرباء", "محطة الكهرباء", "مياه الشرب");
        add(CivilianObject.RESIDENTIAL, "residential", "house", "houses", "home", "homes", "apartment", "apartments",
                "dwelling", "dwellings", "housing", "منزل", "منازل", "بيوت", "سكني", "سكنية");
        // bakeries have no kind of their own; they are recorded as "other"
        add(CivilianObject.OTHER, "bakery", "bakeries", "مخبز", "فرن", "افران");
    }

    private CivilianObjectKeywords() {
    }

    private static void add(CivilianObject kind, String... phrases) {
        for (String phrase : phrases) {
            List<String> words = words(phrase);
            BY_FIRST_WORD.computeIfAbsent(words.get(0), w -> new ArrayList<>(1))
                    .add(new Phrase(words.toArray(String[]::new), kind));
        }
    }

    /** The kinds of object any of the texts mention; empty when none. Null texts are skipped. */
    public static Set<CivilianObject> detect(String... texts) {
        EnumSet<CivilianObject> found = EnumSet.noneOf(CivilianObject.class);
        for (String text : texts) {
            if (text == null || text.isEmpty()) continue;
            List<String> words = words(text);
            for (int i = 0; i < words.size(); i++) {
                List<Phrase> candidates = BY_FIRST_WORD.get(words.get(i));
                if (candidates == null) continue;
                for (Phrase p : candidates) if (matchesAt(p.words(), words, i)) found.add(p.kind());
            }
        }
        return found;
    }

    private static boolean matchesAt(String[] phrase, List<String> words, int at) {
        if (at + phrase.length > words.size()) return false;
        for (int k = 1; k < phrase.length; k++) if (!phrase[k].equals(words.get(at + k))) return false;
        return true;
    }

    /** Splits into comparable words: letters only, lower case, possessive 's dropped, Arabic normalised. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        boolean arabic = false;
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            if (c >= '\u064B' && c <= '\u0652' || c == '\u0670' || c == '\u0640') continue; // diacritics, tatweel
            if (Character.isLetter(c)) {
                if (c >= '\u0600' && c <= '\u06FF') {
                    arabic = true;
                    c = switch (c) {
                        case '\u0623', '\u0625', '\u0622', '\u0671' -> '\u0627';
                        case '\u0649' -> '\u064A';
                        case '\u0629' -> '\u0647';
                        default -> c;
                    };
                }
                w.append(Character.toLowerCase(c));
            } else if (c == '\'' || c == '\u2019') {
                // "people's": the possessive is dropped below by ending the word here and skipping a following s
                if (!w.isEmpty()) {
                    words.add(w.toString());
                    w.setLength(0);
                    if (i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                            && (i + 2 >= n || !Character.isLetter(text.charAt(i + 2)))) i++;
                }
            } else if (!w.isEmpty()) {
                words.add(arabic ? stripArabicPrefixes(w.toString()) : w.toString());
                w.setLength(0);
                arabic = false;
            }
        }
        return words;
    }

    /** "والمستشفى" and "بالمستشفى" both become "مستشفي": conjunctions, prepositions and the article are dropped. */
    private static String stripArabicPrefixes(String word) {
        String w = word;
        boolean stripped = true;
        while (stripped && w.length() > 3) {
            stripped = false;
            if (w.startsWith("\u0627\u0644") && w.length() - 2 >= 3) { // ال
                w = w.substring(2);
                stripped = true;
            } else {
                char c = w.charAt(0);
                if (c == '\u0648' || c == '\u0628' || c == '\u0644' || c == '\u0641' || c == '\u0643') { // و ب ل ف ك
                    w = w.substring(1);
                    stripped = true;
                }
            }
        }
        return w;
    }
}
