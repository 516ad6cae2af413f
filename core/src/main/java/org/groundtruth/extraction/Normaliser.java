package org.groundtruth.extraction;

import java.util.Locale;
import org.groundtruth.text.ArabicScript;

/** Normalised forms of words: what the lexicons and readers compare. */
public final class Normaliser {
    private Normaliser() {
    }

    /**
     * Lower case; Arabic hamza-carrying alefs to bare alef, alef maqsura to ya, ta marbuta to ha, waw and ya with
     * hamza to waw and ya, Persian kaf and ya to Arabic; tashkeel and tatweel removed; Arabic-Indic and Eastern
     * Arabic digits to ASCII; typographic apostrophes to "'". The same text always gives the same form.
     */
    public static String normalise(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ArabicScript.isIgnorableMark(c)) continue;
            switch (c) {
                case '\u0623', '\u0625', '\u0622', '\u0671' -> b.append('\u0627');
                case '\u0649', '\u06CC' -> b.append('\u064A');
                case '\u0629' -> b.append('\u0647');
                case '\u0624' -> b.append('\u0648');
                case '\u0626' -> b.append('\u064A');
                case '\u06A9' -> b.append('\u0643');
                case '\u2019', '\u2018', '\u02BC', '\u0060', '\u00B4', '\u2032' -> b.append('\'');
                default -> b.append(ArabicScript.asciiDigit(c));
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    static boolean isArabicLetter(int c) {
        return (c >= 0x0600 && c <= 0x06FF && Character.isLetter(c)) || (c >= 0x0750 && c <= 0x077F);
    }

    static boolean isCyrillic(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
    }
}
