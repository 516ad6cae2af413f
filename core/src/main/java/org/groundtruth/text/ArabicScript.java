package org.groundtruth.text;

/**
 * The Arabic-script facts that every text comparison here shares (merging's stems, extraction's lexicons): which
 * characters are marks to ignore, and the Arabic-Indic digits as ASCII digits. Each comparison keeps its own letter
 * folding on top, because each needs a different one.
 */
public final class ArabicScript {
    private ArabicScript() {
    }

    /** Harakat (tashkeel), the dagger alef and tatweel: marks a writer may add or leave out without changing the word. */
    public static boolean isIgnorableMark(char c) {
        return (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640';
    }

    /** Arabic-Indic (٠-٩) and Eastern Arabic-Indic (۰-۹) digits as ASCII digits; any other character as it is. */
    public static char asciiDigit(char c) {
        if (c >= '\u0660' && c <= '\u0669') return (char) ('0' + (c - '\u0660'));
        if (c >= '\u06F0' && c <= '\u06F9') return (char) ('0' + (c - '\u06F0'));
        return c;
    }
}
