package org.groundtruth.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns place names as sources spell them into keys that compare equal across spellings. Three keys, from strict
 * to loose (see docs/decisions/0201):
 * <ul>
 *   <li>{@link #exactKey}: the name in lower case with its spaces collapsed ("Kafr Zita" = "KAFR  ZITA");</li>
 *   <li>{@link #spellingKey}: diacritics (Latin and Arabic tashkeel), punctuation, spaces, articles
 *       (al-, el-, ash-, "Al ", glued "Alshaar", Arabic ال), noise words (nahiyah, governorate, oblast ...) and
 *       doubled letters removed; Arabic alef, taa marbuta, alef maqsura and tatweel unified
 *       ("KafrZita" = "Kafr-Zita", "Jisr ash-Shughur" = "Jisr al-Shughur", "Ma'arrat" = "Maarat");</li>
 *   <li>{@link #skeletonKey}: the consonant skeleton of the spelling key: vowels and vowel-like w/y dropped, a word's
 *       leading vowel kept as one marker, the trailing "ah"/"eh"/"a" of a word dropped, and the "at"/"et" of a
 *       word followed by another (Maarat al-Nu'man = Maarah al-Nu'man), q=k, th=t, dh=d, ph=f
 *       ("Talbisah" = "Talbiseh", "latamneh" = "Lataminah", "Maret Numan" = "Maarat al-Nu'man",
 *       "Deir" = "Dayr", "Sheikh" = "Shaykh", "Kafr" = "Kfar" = "Kufr", "Kiev" = "Kyiv").</li>
 * </ul>
 * Cyrillic is romanised first (Ukrainian national system), so "Харків" and "Kharkiv" share their keys.
 * All methods are pure and accept null (giving an empty key).
 */
public final class PlaceNames {
    private PlaceNames() {
    }

    /** Arabic definite article forms, with sun-letter assimilation, as separate words (al-X, ash-X, Al X). */
    private static final Set<String> ARTICLES = Set.of("al", "el", "il", "ul", "as", "ash", "ad", "adh", "ar", "at",
            "ath", "az", "an", "es", "esh", "ed", "er", "et", "ez", "en");

    /** Words that say what kind of area a name is, not which one; dropped unless they are the whole name. */
    private static final Set<String> NOISE_WORDS = Set.of("nahiyah", "nahiya", "nahia", "nahiyeh", "mantiqah",
            "mantiqa", "mantikah", "district", "subdistrict", "governorate", "governate", "province",
            "muhafazah", "muhafazat", "mohafazat", "oblast", "oblast'", "raion", "rayon", "region", "city", "town",
            "village", "neighbourhood", "neighborhood", "quarter", "hay", "mahallah", "of", "the", "gov", "krai", "kray",
            "republic", "voblast", "voblasts", "mintaqat", "mintaqah", "mintaqa", "markaz", "suburb");

    /** Words that say a name is a first-level area (a governorate, an oblast), in the languages sources use. */
    private static final Set<String> FIRST_LEVEL_WORDS = Set.of("governorate", "governate", "province", "muhafazah",
            "muhafazat", "mohafazat", "oblast", "oblast'", "region", "krai", "kray", "republic", "voblast", "voblasts", "gov",
            "محافظة", "محافظه", "область", "обл");

    /** Words that say a name is a second-level area (a district, a raion). */
    private static final Set<String> SECOND_LEVEL_WORDS = Set.of("district", "subdistrict", "nahiyah", "nahiya", "nahia",
            "mintaqat", "mintaqah", "mintaqa",
            "nahiyeh", "mantiqah", "mantiqa", "mantikah", "raion", "rayon", "район", "منطقة", "منطقه", "ناحية", "ناحيه");

    /** Which level of area a name says it is by its own words ("Kursk Oblast", "Afrin district"), if any. */
    public enum AreaWord { FIRST_LEVEL, SECOND_LEVEL, NONE }

    /** The level of area the name's own words name: "Hama Governorate" is first-level, "Ariha district" second-level. */
    public static AreaWord areaWord(String name) {
        if (name == null) return AreaWord.NONE;
        AreaWord found = AreaWord.NONE;
        for (String w : Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}،]+")) {
            if (FIRST_LEVEL_WORDS.contains(w)) return AreaWord.FIRST_LEVEL;
            if (SECOND_LEVEL_WORDS.contains(w)) found = AreaWord.SECOND_LEVEL;
        }
        return found;
    }

    private static final String SUN_LETTERS = "tdrzsnl";

    private static final Map<String, String> DIRECTIONS = directions();

    private static Map<String, String> directions() {
        Map<String, String> m = new java.util.HashMap<>();
        for (String w : List.of("eastern", "east", "sharqiyah", "sharqiya", "sharqiyeh", "sharqieh", "sharqi", "sharki",
                "sharkiyah", "sharqia", "شرقيه", "شرقي")) m.put(w, "east");
        for (String w : List.of("western", "west", "gharbiyah", "gharbiya", "gharbiyeh", "gharbieh", "gharbi", "gharbia",
                "غربيه", "غربي")) m.put(w, "west");
        for (String w : List.of("northern", "north", "shamaliyah", "shamaliya", "shamali", "shimali", "شماليه", "شمالي"))
            m.put(w, "north");
        for (String w : List.of("southern", "south", "janubiyah", "janubiya", "janubi", "junubi", "جنوبيه", "جنوبي"))
            m.put(w, "south");
        for (String w : List.of("upper", "fawqani", "fouqani", "foqani", "fuqani", "فوقاني")) m.put(w, "upper");
        for (String w : List.of("lower", "tahtani", "tahtaniyah", "تحتاني")) m.put(w, "lower");
        return Map.copyOf(m);
    }

    /**
     * Ukrainian Cyrillic in the Ukrainian national romanisation (2010), which GeoNames and most English sources follow
     * ("Харків" = "Kharkiv", "Київ" = "Kyiv"); Russian-only letters added. After NFKD, й is и and ї is і.
     */
    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "h"), Map.entry('ґ', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('є', "ie"), Map.entry('ж', "zh"), Map.entry('з', "z"),
            Map.entry('и', "y"), Map.entry('і', "i"), Map.entry('ї', "i"), Map.entry('й', "i"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"), Map.entry('п', "p"),
            Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"), Map.entry('у', "u"), Map.entry('ф', "f"),
            Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"),
            Map.entry('ь', ""), Map.entry('ю', "iu"), Map.entry('я', "ia"), Map.entry('ъ', ""), Map.entry('ы', "y"),
            Map.entry('э', "e"), Map.entry('ё', "e"));

    /**
     * Russian Cyrillic as GeoNames spells Russia's places (BGN/PCGN style: "Белгород" = "Belgorod", "Липецк" = "Lipetsk",
     * "Нижний Новгород" = "Nizhniy Novgorod"); the Ukrainian-only letters keep their Ukrainian values.
     */
    private static final Map<Character, String> RUSSIAN = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('і', "i"), Map.entry('ї', "i"),
            Map.entry('є', "ie"), Map.entry('ґ', "g"));

    /** Whether the text has Cyrillic letters. */
    public static boolean hasCyrillic(String text) {
        if (text == null) return false;
        for (int i = 0; i < text.length(); i++) {
            if (Character.UnicodeBlock.of(text.charAt(i)) == Character.UnicodeBlock.CYRILLIC) return true;
        }
        return false;
    }

    /**
     * The text with its Cyrillic letters in Russian romanisation ({@link #RUSSIAN}), other characters unchanged and case
     * kept at the start of each word; null stays null. The keys romanise Cyrillic the Ukrainian way, so a Russian name
     * is looked up a second time in this form (docs/decisions/0216-russian-cyrillic-names.md).
     */
    public static String russianLatin(String text) {
        if (text == null || !hasCyrillic(text)) return text;
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length() + 8);
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            char lower = Character.toLowerCase(c);
            String latin = RUSSIAN.get(lower);
            if (latin == null) {
                out.append(c);
            } else if (c != lower && !latin.isEmpty()) {
                out.append(Character.toUpperCase(latin.charAt(0))).append(latin, 1, latin.length());
            } else {
                out.append(latin);
            }
        }
        return out.toString();
    }

    private static final java.util.regex.Pattern RUSSIAN_REGION = java.util.regex.Pattern.compile(
            "(?i)^(.*?)(\\p{L}{3,}?)(sk)(aya|aja|aia|iy|ij|ii|oy|oye|oe)\\s+(oblast'?|krai|kray|region|respublika)$");

    /**
     * The nouns a Russian first-level name written as an adjective may stand for, as GeoNames names the regions:
     * "Kurskaya oblast" is Kursk Oblast, "Belgorodskaya oblast" Belgorod Oblast (the adjective's "sk" is the town's own
     * in one, a suffix in the other, so both are given). Empty when the name is not such an adjective.
     */
    public static List<String> russianRegionNouns(String latinName) {
        if (latinName == null) return List.of();
        java.util.regex.Matcher m = RUSSIAN_REGION.matcher(latinName.strip());
        if (!m.matches()) return List.of();
        String head = m.group(1), stem = m.group(2);
        return List.of(head + stem + "sk Oblast", head + stem + " Oblast");
    }

    /**
     * Words that narrow an area without naming another one: "northern Aleppo", "Idlib countryside", "Reef Hama",
     * "ريف حماة". A first-level name written with them still means that first-level area.
     */
    private static final Set<String> AREA_QUALIFIERS = Set.of("north", "northern", "south", "southern", "east", "eastern",
            "west", "western", "central", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west",
            "south-east", "south-west", "countryside", "rural", "reef", "rif", "outskirts", "suburbs", "suburb", "environs",
            "area", "areas", "of", "the", "in", "near", "around", "ريف", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي",
            "شرقي", "غربي", "الشمالي", "الجنوبي", "الشرقي", "الغربي");

    /** The name without {@link #AREA_QUALIFIERS}: "northern Aleppo countryside" -> "Aleppo"; the name itself if none. */
    public static String withoutAreaQualifiers(String name) {
        if (name == null) return null;
        StringBuilder out = new StringBuilder();
        for (String w : name.strip().split("[\\s,،()]+")) {
            if (AREA_QUALIFIERS.contains(w.toLowerCase(Locale.ROOT))) continue;
            if (out.length() > 0) out.append(' ');
            out.append(w);
        }
        return out.toString();
    }

    /**
     * The letters of a name in lower case without accents, punctuation, spaces or area words, and nothing else
     * changed (no article or doubled-letter rules): for counting typing slips ("Idib", "Alppo" for Idlib, Aleppo).
     */
    public static String plainKey(String name) {
        if (name == null) return "";
        String[] raw = foldCharacters(name).split(" +");
        StringBuilder out = new StringBuilder();
        for (String w : raw) if (raw.length == 1 || !NOISE_WORDS.contains(w)) out.append(w);
        return out.toString();
    }

    private static final java.util.regex.Pattern ADJECTIVE_ENDING =
            java.util.regex.Pattern.compile("(.{3,}?)(s'?kyi|s'?kyy|s'?kiy|s'?kii|s'?koi|s'?koy|s'?ka|s'?ke|s'?ky|s'?kiy)$");

    /**
     * The town a Ukrainian or Russian district is named after, in the spellings it may have: raions are adjectives of
     * their centre ("Umanskyi raion" of Uman, "Prylutskyi" of Pryluky, "Kremenchutskyi" of Kremenchuk, "Berezivskyi"
     * of Berezivka). Empty when the name is not such an adjective.
     */
    public static List<String> adjectiveStems(String name) {
        List<String> words = words(name);
        if (words.isEmpty()) return List.of();
        String last = words.get(words.size() - 1);
        java.util.regex.Matcher m = ADJECTIVE_ENDING.matcher(last);
        if (!m.matches()) return List.of();
        String stem = m.group(1);
        String head = String.join(" ", words.subList(0, words.size() - 1));
        List<String> stems = new ArrayList<>();
        stems.add(stem);
        if (stem.endsWith("ts")) stems.add(stem.substring(0, stem.length() - 2) + "k"); // Prylutskyi: Pryluky
        if (stem.endsWith("z")) stems.add(stem.substring(0, stem.length() - 1) + "h");  // Kryvorizkyi: Kryvyi Rih
        if (stem.endsWith("iv")) stems.add(stem + "ka");                                  // Berezivskyi: Berezivka
        stems.add(stem + "sk");                                                           // Kupianskyi: Kupiansk
        return stems.stream().map(x -> head.isEmpty() ? x : head + " " + x).toList();
    }

    /** Values sources write when there is no name. */
    private static final Set<String> NO_NAME = Set.of("", "na", "n/a", "null", "none", "-", "--", "?", "unknown");

    /** True when the text is absent or one of the placeholders sources use for "no name" ("NA", "N/A", "-"). */
    public static boolean isNoName(String name) {
        return name == null || NO_NAME.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /** Lower case, trimmed, inner whitespace collapsed, Unicode composed. */
    public static String exactKey(String name) {
        if (name == null) return "";
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** Spelling-tolerant key: see the class comment. Empty when the name has no letters. */
    public static String spellingKey(String name) {
        StringBuilder key = new StringBuilder();
        for (String word : words(name)) key.append(collapseDoubles(word));
        return collapseDoubles(key.toString());
    }

    /** Transliteration-tolerant consonant skeleton: see the class comment. */
    public static String skeletonKey(String name) {
        StringBuilder key = new StringBuilder();
        List<String> words = words(name);
        for (int i = 0; i < words.size(); i++) {
            String word = collapseDoubles(words.get(i));
            if (isArabic(word)) {
                key.append(arabicSkeleton(word));
            } else {
                // taa marbuta is spoken "t" before a following noun: Maarat/Maaret al-Numan = Maarah
                if (i < words.size() - 1 && word.length() > 3 && word.endsWith("t") && isVowel(word.charAt(word.length() - 2))) {
                    word = word.substring(0, word.length() - 1);
                }
                key.append(latinSkeleton(word));
            }
        }
        return collapseDoubles(key.toString());
    }

    /**
     * The words of a name after diacritics, punctuation, articles and noise words are removed, in lower case. Arabic
     * letters are unified (alef variants, taa marbuta, alef maqsura, hamza carriers).
     */
    static List<String> words(String name) {
        if (name == null) return List.of();
        String text = foldCharacters(name);
        List<String> raw = new ArrayList<>();
        for (String w : text.split(" +")) if (!w.isEmpty()) raw.add(w);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String w = raw.get(i);
            boolean last = i == raw.size() - 1;
            if (!last && ARTICLES.contains(w)) continue;      // "al-Nu'man", "Jisr ash-Shughur", "Al Bab"
            if (NOISE_WORDS.contains(w) && raw.size() > 1) continue;
            kept.add(stripGluedArticle(w));
        }
        if (kept.isEmpty() && !raw.isEmpty()) kept.add(stripGluedArticle(raw.get(raw.size() - 1)));
        return directionLast(kept);
    }

    /**
     * "Eastern Al-Ghariyah" = "Al-Ghariyah al-Sharqiyah": English and Arabic direction words become one word each and go
     * to the end, so that both orders and both languages give one key (a lone "Sharqi" stays a name).
     */
    private static List<String> directionLast(List<String> words) {
        if (words.size() < 2) return words;
        List<String> rest = new ArrayList<>();
        List<String> directions = new ArrayList<>();
        for (String w : words) {
            String d = DIRECTIONS.get(w);
            if (d != null) directions.add(d);
            else rest.add(w);
        }
        if (directions.isEmpty() || rest.isEmpty()) return words;
        rest.addAll(directions);
        return rest;
    }

    /** "Alshaar" -> "shaar", "Ezzor" -> "zor", "الحفة" -> "حفة"; only when at least three letters remain. */
    private static String stripGluedArticle(String w) {
        if (isArabic(w)) {
            if (w.startsWith("ال") && w.length() > 4) return w.substring(2);
            return w;
        }
        if ((w.startsWith("al") || w.startsWith("el")) && w.length() >= 5) return w.substring(2);
        // assimilated article glued on: a/e + doubled sun letter ("azzahra", "ezzor", "assafira")
        if (w.length() >= 5 && (w.charAt(0) == 'a' || w.charAt(0) == 'e') && w.charAt(1) == w.charAt(2)
                && SUN_LETTERS.indexOf(w.charAt(1)) >= 0) {
            return w.substring(2);
        }
        return w;
    }

    /**
     * Decomposes and drops combining marks (Latin accents, Arabic tashkeel, hamza above/below so that أ إ آ become ا),
     * lower-cases, unifies Arabic letter variants, drops apostrophes and ayn/hamza signs, turns other punctuation into
     * spaces.
     */
    private static String foldCharacters(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) continue;
            switch (c) {
                case '\u0640', '\u0621' -> { }                                     // tatweel, lone hamza
                case '\u0671', '\u0672', '\u0673', '\u0675' -> out.append('\u0627'); // alef wasla and other alefs
                case '\u0629' -> out.append('\u0647');                             // taa marbuta -> haa
                case '\u0649', '\u06CC', '\u06D2' -> out.append('\u064A');         // alef maqsura, farsi yeh -> yaa
                case '\u06A9' -> out.append('\u0643');                             // keheh -> kaf
                case '\'', '\u2018', '\u2019', '\u02BC', '\u02BB', '\u02BF', '\u02BE', '`', '\u00B4', '\u02B9' -> { }
                case '\u0131' -> out.append('i');
                case '\u0142' -> out.append('l');
                case '\u00F8' -> out.append('o');
                case '\u0111' -> out.append('d');
                case '\u00DF' -> out.append("ss");
                case '\u00E6' -> out.append("ae");
                default -> {
                    char lower = Character.toLowerCase(c);
                    String latin = lower >= '\u0430' && lower <= '\u045F' ? CYRILLIC.get(lower) : null;
                    if (latin != null) out.append(latin);
                    else if (Character.isLetterOrDigit(c)) out.append(lower);
                    else out.append(' ');
                }
            }
        }
        return out.toString().strip();
    }

    private static String latinSkeleton(String w) {
        String s = w.replace("ph", "f").replace("th", "t").replace("dh", "d").replace('q', 'k').replace("ck", "k")
                .replace("x", "ks").replace("yi", "i"); // Ukrainian ї: Kyiv = Kiev, Mykolayiv = Mykolaiv
        s = s.replace("ch", "\u0001").replace('c', 'k').replace("\u0001", "ch");
        // trailing "ah"/"eh"/"a"/"e": Talbisah = Talbiseh = Talbisa
        if (s.length() > 3 && s.endsWith("h") && isVowel(s.charAt(s.length() - 2))) s = s.substring(0, s.length() - 1);
        while (s.length() > 2 && isVowel(s.charAt(s.length() - 1))) s = s.substring(0, s.length() - 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean vowel = isVowel(c) || isSemiVowel(s, i);
            if (i == 0 && vowel) out.append('a');                 // a word's leading vowel: Idlib = Edlib, Ain = Ayn
            else if (!vowel) out.append(c);
        }
        return collapseDoubles(out.toString());
    }

    /**
     * w and y act as vowels unless they start the word or a vowel follows them (Dayr = Deir, Hawla = Houla); y between a
     * consonant and a vowel is a softening written y or i (Kupyansk = Kupiansk, Slavyansk = Sloviansk).
     */
    private static boolean isSemiVowel(String s, int i) {
        char c = s.charAt(i);
        if (c != 'w' && c != 'y') return false;
        if (i == 0) return false;
        if (c == 'y' && !isVowel(s.charAt(i - 1))) return true;
        return i + 1 >= s.length() || !isVowel(s.charAt(i + 1));
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }

    /** Arabic: long vowels (ا و ي) inside a word vary between spellings; drop them there. */
    private static String arabicSkeleton(String w) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean longVowel = c == '\u0627' || c == '\u0648' || c == '\u064A';
            if (i == 0 || !longVowel) out.append(c);
        }
        return collapseDoubles(out.toString());
    }

    static boolean isArabic(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.UnicodeBlock.of(w.charAt(i)) == Character.UnicodeBlock.ARABIC) return true;
        }
        return false;
    }

    private static String collapseDoubles(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) out.append(s.charAt(i));
        }
        return out.toString();
    }
}
