package org.groundtruth.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a text into words, numbers and marks with their character spans, and into sentences. A word is a run of
 * letters and combining marks, with apostrophes inside it (п'ять, Ma'arrat); a number is a run of digits in any
 * script; every other visible character is a mark. Sentences end at . ! ? ؟ … ; and line breaks, except after
 * abbreviations ("Nov.", "U.S.", "с.", "смт."). HTML character references left in a text ("Dar&#8217;a") are read as the
 * characters they stand for; spans always point into the text as written.
 */
public final class Tokenizer {
    private static final Set<String> ABBREVIATIONS = Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
            "nov", "dec", "mr", "mrs", "dr", "st", "no", "u", "s", "gen", "col", "lt", "maj", "capt", "sgt", "vs", "approx",
            "с", "сел", "смт", "м", "вул", "обл", "р", "ст", "ім", "пр", "просп", "див", "тис", "млн");
    private static final Set<String> SENTENCE_ENDS = Set.of(".", "!", "?", "؟", "…", ";", "؛");

    private final WordForms wordForms;

    public Tokenizer(WordForms wordForms) {
        this.wordForms = wordForms;
    }

    public List<Token> tokenize(String written, Language language) {
        Entities.Decoded decoded = Entities.decode(written);     // "Dar&#8217;a" is read as "Dar’a", spans stay on the text
        String text = decoded == null ? written : decoded.text();
        List<Token> out = new ArrayList<>();
        int sentence = 0;
        boolean endPending = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int c = text.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200F' || c == '\u200E' || c == '\u200B') {
                if (c == '\n' || c == '\r') endPending = true;
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            Token.Kind kind;
            if (Character.isDigit(c)) {
                kind = Token.Kind.NUMBER;
                while (i < n && Character.isDigit(text.codePointAt(i))) i += Character.charCount(text.codePointAt(i));
            } else if (isWordChar(c)) {
                kind = Token.Kind.WORD;
                while (i < n) {
                    int d = text.codePointAt(i);
                    if (isWordChar(d)) {
                        i += Character.charCount(d);
                    } else if (isApostrophe(d) && i + 1 < n && isWordChar(text.codePointAt(i + 1)) && i > start) {
                        i += Character.charCount(d);
                    } else {
                        break;
                    }
                }
            } else {
                kind = Token.Kind.MARK;
                i += Character.charCount(c);
            }
            if (endPending && !out.isEmpty()) sentence++;
            endPending = false;
            String raw = text.substring(start, i);
            String norm = Normaliser.normalise(raw);
            boolean capitalised = kind == Token.Kind.WORD && Character.isUpperCase(raw.codePointAt(0));
            List<String> forms = kind == Token.Kind.WORD ? wordForms.of(norm, language) : List.of(norm);
            boolean joined = i < n && !Character.isWhitespace(text.codePointAt(i));
            Span span = decoded == null ? new Span(start, i) : new Span(decoded.at(start), decoded.at(i));
            out.add(new Token(out.size(), span, raw, norm, forms, kind, capitalised, sentence, joined));
            if (kind == Token.Kind.MARK && SENTENCE_ENDS.contains(raw) && !isAbbreviation(out, text, i)) endPending = true;
        }
        return out;
    }

    private static boolean isWordChar(int c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isApostrophe(int c) {
        return c == '\'' || c == '\u2019' || c == '\u02BC' || c == '`';
    }

    /** A full stop after a known abbreviation or a single letter, or followed by a digit, does not end a sentence. */
    private static boolean isAbbreviation(List<Token> tokens, String text, int after) {
        Token dot = tokens.get(tokens.size() - 1);
        if (!dot.raw().equals(".") || tokens.size() < 2) return false;
        Token before = tokens.get(tokens.size() - 2);
        if (before.span().end() != dot.span().start()) return false;
        if (before.isWord() && (ABBREVIATIONS.contains(before.norm()) || (before.raw().length() == 1 && Character.isUpperCase(before.raw().charAt(0))))) return true;
        int j = after;
        while (j < text.length() && text.charAt(j) == ' ') j++;
        return j < text.length() && (Character.isDigit(text.charAt(j)) || Character.isLowerCase(text.charAt(j)));
    }
}
