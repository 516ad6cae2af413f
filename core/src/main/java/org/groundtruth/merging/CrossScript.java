package org.groundtruth.merging;

import org.groundtruth.gazetteer.PlaceNames;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * What of a report survives translation, so that an Arabic and an English report of one strike can be compared
 * (decision 0547): numbers (death tolls, dates, times; Arabic-Indic digits read as digits) and the consonant skeletons of
 * words long enough to be names, Arabic letters transliterated to the Latin consonants their names are spelled with
 * ("معرة النعمان" and "Maarat al-Numan" both give "mrnmn"). Common words do not coincide across languages, names and
 * numbers do.
 */
final class CrossScript {
    private static final Map<Character, String> ARABIC = Map.ofEntries(
            Map.entry('ب', "b"), Map.entry('ت', "t"), Map.entry('ث', "th"), Map.entry('ج', "j"), Map.entry('ح', "h"),
            Map.entry('خ', "kh"), Map.entry('د', "d"), Map.entry('ذ', "dh"), Map.entry('ر', "r"), Map.entry('ز', "z"),
            Map.entry('س', "s"), Map.entry('ش', "sh"), Map.entry('ص', "s"), Map.entry('ض', "d"), Map.entry('ط', "t"),
            Map.entry('ظ', "z"), Map.entry('غ', "gh"), Map.entry('ف', "f"), Map.entry('ق', "q"), Map.entry('ك', "k"),
            Map.entry('ل', "l"), Map.entry('م', "m"), Map.entry('ن', "n"), Map.entry('ه', "h"), Map.entry('و', "w"),
            Map.entry('ي', "y"), Map.entry('ى', "a"), Map.entry('ا', "a"), Map.entry('أ', "a"), Map.entry('إ', "i"),
            Map.entry('آ', "a"), Map.entry('ع', "a"), Map.entry('ء', ""), Map.entry('ؤ', "w"), Map.entry('ئ', "y"));
    /** Skeletons shorter than this are common words more than names. */
    private static final int MIN_SKELETON = 3;

    private CrossScript() {
    }

    /** "n:12", "s:mrnmn": the numbers and name skeletons of the texts. */
    static Set<String> tokens(Iterable<String> texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) continue;
            java.util.List<String> words = TextNormaliser.words(text);
            for (int k = 0; k < words.size(); k++) {
                String word = words.get(k);
                if (word.chars().allMatch(Character::isDigit)) {
                    out.add("n:" + word.replaceFirst("^0+(?=.)", ""));
                    continue;
                }
                // names run over words ("Maarat al-Numan"): their one-, two- and three-word skeletons
                StringBuilder phrase = new StringBuilder();
                for (int n = 0; n < 3 && k + n < words.size(); n++) {
                    String w = words.get(k + n);
                    if (w.chars().allMatch(Character::isDigit)) break;
                    if (n > 0) phrase.append(' ');
                    phrase.append(latin(w));
                    String skeleton = skeleton(phrase.toString());
                    if (skeleton.length() >= MIN_SKELETON + (n == 0 ? 0 : 1)) out.add("s:" + skeleton);
                }
            }
        }
        return out;
    }

    /** Phrases repeat across reports (town names, verbs): their skeletons are remembered, up to a bound. */
    private static final int CACHE_LIMIT = 200_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> SKELETONS = new java.util.concurrent.ConcurrentHashMap<>();

    private static String skeleton(String phrase) {
        String known = SKELETONS.get(phrase);
        if (known != null) return known;
        String s = PlaceNames.skeletonKey(phrase);
        if (SKELETONS.size() < CACHE_LIMIT) SKELETONS.put(phrase, s);
        return s;
    }

    /** Arabic letters as Latin consonants; the article "al" kept as a word prefix the skeleton key drops; other scripts as they are. */
    static String latin(String word) {
        boolean arabic = word.chars().anyMatch(c -> c >= 0x0600 && c <= 0x06FF);
        if (!arabic) return word;
        String w = word.startsWith("ال") && word.length() > 4 ? word.substring(2) : word;
        // a final ة (normalised to ه) is the "-ah"/"-at" that Latin spellings of names end in
        boolean marbuta = w.endsWith("ة") || w.endsWith("ه");
        if (marbuta) w = w.substring(0, w.length() - 1);
        StringBuilder b = new StringBuilder();
        for (char c : w.toCharArray()) b.append(ARABIC.getOrDefault(c, Character.isLetter(c) && c < 0x0600 ? String.valueOf(c) : ""));
        return marbuta ? b + "ah" : b.toString();
    }
}
