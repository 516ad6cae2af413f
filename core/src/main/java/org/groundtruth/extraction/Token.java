package org.groundtruth.extraction;

import java.util.List;

/**
 * One word, number or mark of a text.
 *
 * @param index       position among the text's tokens
 * @param span        characters of the source text
 * @param raw         the characters as written
 * @param norm        lower case, Arabic letters and digits unified, diacritics and tatweel removed, apostrophes unified
 * @param forms       {@code norm} first, then forms without clitics or endings ({@link WordForms})
 * @param kind        word, number or punctuation
 * @param capitalised the word starts with an upper-case letter (Latin or Cyrillic)
 * @param sentence    index of the sentence the token belongs to
 * @param joinedToNext no space between this token and the next ("Ту-95", "70-річна", "al-Raqqa")
 */
public record Token(int index, Span span, String raw, String norm, List<String> forms, Kind kind, boolean capitalised,
                    int sentence, boolean joinedToNext) {
    public enum Kind { WORD, NUMBER, MARK }

    /** The index of the token at a character offset (binary search: tokens are in text order); 0 when there are none. */
    static int indexAt(List<Token> tokens, int charOffset) {
        int lo = 0, hi = tokens.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (tokens.get(mid).span().start() <= charOffset) lo = mid;
            else hi = mid - 1;
        }
        return tokens.isEmpty() ? 0 : lo;
    }

    /** The sentence of the token at a character offset; 0 when there are no tokens. */
    static int sentenceAt(List<Token> tokens, int charOffset) {
        return tokens.isEmpty() ? 0 : tokens.get(indexAt(tokens, charOffset)).sentence();
    }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean isMark(String mark) {
        return kind == Kind.MARK && raw.equals(mark);
    }

    /** True when any form of the word equals {@code word} (already normalised). */
    public boolean is(String word) {
        return forms.contains(word);
    }

    public boolean isAny(java.util.Set<String> words) {
        for (String f : forms) if (words.contains(f)) return true;
        return false;
    }

    /** The numeric value of a number token (ASCII or Arabic-Indic digits), or -1 when it is not one or too long. */
    public long value() {
        if (kind != Kind.NUMBER || norm.length() > 12) return -1;
        return Long.parseLong(norm);
    }
}
