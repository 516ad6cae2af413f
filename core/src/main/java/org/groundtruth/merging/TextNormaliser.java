package org.groundtruth.merging;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.groundtruth.text.ArabicScript;

/**
 * Turns report texts in Arabic, English and Ukrainian into comparable stems (decision 0520). Each word is
 * treated by its own script, so mixed texts work:
 * <ul>
 *   <li>all: Unicode NFKC, lower case, Arabic-Indic and Eastern Arabic-Indic digits as ASCII digits; numbers are
 *       kept (death tolls and dates are telling);</li>
 *   <li>Arabic: diacritics (harakat, shadda, sukun, dagger alef) and tatweel removed; أ إ آ ٱ → ا, ى → ي,
 *       ة → ه, ؤ → و, ئ → ي (as Lucene's ArabicNormalizer); one prefix and the suffixes of Larkey's light10 stemmer
 *       (as Lucene's ArabicStemmer: ال وال بال كال فال لل و / ها ان ات ون ين يه ية ه ة ي), keeping at least 2 letters;</li>
 *   <li>Ukrainian (and Russian) Cyrillic: apostrophes inside words removed, ґ → г, the longest common case or
 *       plural ending stripped when 3 letters remain;</li>
 *   <li>Latin: plural and -ing/-ed endings stripped when 3 letters remain.</li>
 * </ul>
 * Short stop words of each language are dropped. The stems are a set: repetition says nothing about sameness.
 */
public final class TextNormaliser {
    private static final Set<String> STOP = Set.of(
            // English
            "the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "by", "for", "with", "from", "was", "were", "is", "are",
            "be", "been", "has", "have", "had", "it", "its", "this", "that", "as", "after", "into", "near", "about", "their",
            // Arabic (normalised)
            "في", "من", "علي", "الي", "عن", "ان", "هذا", "هذه", "ذلك", "التي", "الذي", "مع", "كان", "قد", "ما", "لا", "او", "ثم", "بعد",
            "عند", "حيث", "تم",
            // Ukrainian
            "в", "у", "на", "з", "із", "зі", "і", "й", "та", "що", "до", "по", "від", "за", "як", "це", "не", "але", "для", "під",
            "над", "про", "після", "було", "був", "була");
    private static final String[] ARABIC_PREFIXES = {"وال", "بال", "كال", "فال", "لل", "ال"};
    private static final String[] ARABIC_SUFFIXES = {"ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"};
    private static final String[] UKRAINIAN_ENDINGS = {
            "ами", "ями", "ого", "ому", "ими", "ими", "ові", "еві", "ах", "ях", "ів", "ам", "ям", "ом", "ем", "ий", "ій", "их", "им",
            "ої", "ою", "ею", "ої", "а", "я", "у", "ю", "і", "и", "о", "е", "ь", "й", "ї"};

    private TextNormaliser() {
    }

    /** The distinct stems of the texts, in order of first appearance. */
    public static List<String> stems(String... texts) {
        return stems(List.of(texts));
    }

    public static List<String> stems(Iterable<String> texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String text : texts) {
            if (text == null) continue;
            for (String word : words(text)) {
                String stem = stem(word);
                if (!stem.isEmpty() && !STOP.contains(stem) && !STOP.contains(word)) out.add(stem);
            }
        }
        return new ArrayList<>(out);
    }

    /** The signature of the texts: their stems hashed, and the script most letters were in. */
    public static TextSignature signature(Iterable<String> texts) {
        int[] letters = new int[TextSignature.Script.values().length];
        for (String text : texts) {
            if (text == null) continue;
            text.codePoints().forEach(cp -> letters[scriptOf(cp).ordinal()]++);
        }
        List<String> stems = stems(texts);
        if (stems.isEmpty()) return TextSignature.EMPTY;
        TextSignature.Script script = TextSignature.Script.NONE;
        for (TextSignature.Script s : TextSignature.Script.values()) {
            if (s != TextSignature.Script.NONE && letters[s.ordinal()] > (script == TextSignature.Script.NONE ? 0 : letters[script.ordinal()])) {
                script = s;
            }
        }
        int[] hashes = stems.stream().mapToInt(TextNormaliser::hash).distinct().toArray();
        int[] bridge = CrossScript.tokens(texts).stream().mapToInt(TextNormaliser::hash).distinct().toArray();
        return new TextSignature(script, hashes, bridge);
    }

    public static TextSignature signature(String... texts) {
        return signature(List.of(texts));
    }

    /** A 32-bit FNV-1a hash of the stem's UTF-16 units: stable across runs and machines. */
    static int hash(String stem) {
        int h = 0x811c9dc5;
        for (int k = 0; k < stem.length(); k++) {
            h ^= stem.charAt(k);
            h *= 0x01000193;
        }
        return h;
    }

    /** Normalised words: letters and digits, split on everything else. */
    static List<String> words(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        StringBuilder w = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            char n = normalChar(c);
            if (n == 0) continue; // dropped inside a word (diacritic, tatweel, apostrophe)
            if (Character.isLetterOrDigit(n)) {
                w.append(n);
            } else if (!w.isEmpty()) {
                out.add(w.toString());
                w.setLength(0);
            }
        }
        if (!w.isEmpty()) out.add(w.toString());
        return out;
    }

    /** The character as compared, or 0 to drop it. */
    private static char normalChar(char c) {
        if (ArabicScript.isIgnorableMark(c)) return 0;
        if (c == '\'' || c == '\u2019' || c == '\u02BC') return 0; // apostrophes inside Ukrainian (and English) words
        c = ArabicScript.asciiDigit(c);
        return switch (c) {
            case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
            case 'ى', 'ئ' -> 'ي';
            case 'ة' -> 'ه';
            case 'ؤ' -> 'و';
            case 'ґ' -> 'г';
            default -> c;
        };
    }

    static String stem(String word) {
        if (word.isEmpty()) return word;
        return switch (scriptOf(word.codePointAt(0))) {
            case ARABIC -> arabic(word);
            case CYRILLIC -> ukrainian(word);
            case LATIN -> english(word);
            case NONE -> word; // digits
        };
    }

    private static String arabic(String w) {
        String before = w;
        w = arabicPrefix(w);
        if (w.equals(before) && w.length() > 3 && w.charAt(0) == 'و') w = arabicPrefix(w.substring(1)); // "and" + article
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String s : ARABIC_SUFFIXES) {
                if (w.endsWith(s) && w.length() - s.length() >= 2) {
                    w = w.substring(0, w.length() - s.length());
                    stripped = true;
                    break;
                }
            }
        }
        return w;
    }

    private static String arabicPrefix(String w) {
        for (String p : ARABIC_PREFIXES) {
            if (w.startsWith(p) && w.length() - p.length() >= 2) return w.substring(p.length());
        }
        return w;
    }

    private static String ukrainian(String w) {
        for (String e : UKRAINIAN_ENDINGS) {
            if (w.endsWith(e) && w.length() - e.length() >= 3) return w.substring(0, w.length() - e.length());
        }
        return w;
    }

    private static String english(String w) {
        if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.length() > 5 && w.endsWith("ing")) return w.substring(0, w.length() - 3);
        if (w.length() > 4 && w.endsWith("ed")) return w.substring(0, w.length() - 2);
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
        return w;
    }

    static TextSignature.Script scriptOf(int cp) {
        if (!Character.isLetter(cp)) return TextSignature.Script.NONE;
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return switch (s) {
            case ARABIC -> TextSignature.Script.ARABIC;
            case CYRILLIC -> TextSignature.Script.CYRILLIC;
            case LATIN -> TextSignature.Script.LATIN;
            default -> TextSignature.Script.NONE;
        };
    }
}
