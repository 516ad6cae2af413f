package org.groundtruth.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds numbers in tokens: digits in any script, number words and their compounds ("twenty-one", "واحد وعشرون",
 * "ثلاثة عشر", "двадцять один", "half a dozen"), vague words ("dozens", "عشرات", "десятки"), with the qualifier before
 * or after ("more than 30" is at least 31). Skips what only looks like a count: names of weapons and aircraft
 * ("Ту-95", "ФАБ-250", "S386"), ages ("70-річна", "12-year-old"), clock times, ordinals ("4th"), percentages and
 * years, and anything inside a date.
 */
final class NumberReader {
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th", "й", "го", "ї", "му", "ий", "та", "ма", "ше");
    private static final Set<String> AGE_WORDS = Set.of("year", "years", "річний", "річна", "річного", "річної", "річні", "річних",
            "річному", "річну", "річним", "річною", "річній", "month", "months", "місячна", "місячний", "old");

    private NumberReader() {
    }

    /** @param occupied tokens already read as something else (dates, times); their numbers are not counts */
    static List<Quantity> read(List<Token> tokens, boolean[] occupied) {
        Map<Integer, Lexicon.Match> qualifierEndingAt = new HashMap<>();
        for (Lexicon.Match m : NumberWords.QUALIFIERS.find(tokens)) qualifierEndingAt.put(m.to(), m);
        Map<Integer, Lexicon.Match> postfixAt = new HashMap<>();
        for (Lexicon.Match m : NumberWords.POSTFIX.find(tokens)) postfixAt.put(m.from(), m);
        List<Quantity> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (occupied[i]) {
                i++;
                continue;
            }
            Core core = core(tokens, i);
            if (core == null || !isCount(tokens, i, core.to)) {
                i++;
                continue;
            }
            int from = i;
            Quantity.Qualifier q = core.vague ? Quantity.Qualifier.VAGUE : Quantity.Qualifier.EXACT;
            int min = core.value;
            Integer max = core.vague ? null : core.value;
            Lexicon.Match before = qualifierEndingAt.get(i);
            if (before != null && !core.vague) {
                from = before.from();
                q = Quantity.Qualifier.valueOf(before.code());
                switch (q) {
                    case AT_LEAST -> max = null;
                    case MORE_THAN -> {
                        min = core.value + 1;
                        max = null;
                    }
                    case UP_TO -> min = Math.min(1, core.value);
                    default -> { }
                }
            }
            int to = core.to;
            Lexicon.Match after = findPostfix(postfixAt, tokens, to);
            if (after != null && !core.vague && q == Quantity.Qualifier.EXACT) {
                q = Quantity.Qualifier.AT_LEAST;
                max = null;
                to = after.to();
            }
            out.add(new Quantity(from, to, core.to, min, max, q));
            i = core.to;
        }
        return out;
    }

    /** "21 people at least": the postfix may follow the number's noun. */
    private static Lexicon.Match findPostfix(Map<Integer, Lexicon.Match> postfixAt, List<Token> tokens, int at) {
        if (postfixAt.containsKey(at)) return postfixAt.get(at);
        if (at < tokens.size() && tokens.get(at).isWord() && postfixAt.containsKey(at + 1)) return postfixAt.get(at + 1);
        return null;
    }

    private record Core(int value, int to, boolean vague) {
    }

    /** The number that starts at token i, or null. */
    private static Core core(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (t.isNumber()) {
            long v = t.value();
            if (v < 0 || v > 1_000_000) return null;
            int to = i + 1;
            // "1,200" and "1 200": thousands written with a separator
            if (to + 1 < tokens.size() && (tokens.get(to).isMark(",") || tokens.get(to).isMark("\u00A0")) && t.joinedToNext()
                    && tokens.get(to + 1).isNumber() && tokens.get(to + 1).norm().length() == 3 && v < 1000) {
                v = v * 1000 + tokens.get(to + 1).value();
                to += 2;
            }
            return new Core((int) v, to, false);
        }
        if (!t.isWord()) return null;
        Integer vague = vagueValue(t);
        if (vague != null) return new Core(vague, i + 1, true);
        // "half a dozen", "half dozen"
        if (t.norm().equals("half")) {
            int k = i + 1;
            if (k < tokens.size() && tokens.get(k).norm().equals("a")) k++;
            if (k < tokens.size() && tokens.get(k).norm().equals("dozen")) return new Core(6, k + 1, false);
            return null;
        }
        if (t.norm().equals("a") && i + 1 < tokens.size() && tokens.get(i + 1).norm().equals("dozen")) return new Core(12, i + 2, false);
        Integer v = wordValue(t);
        if (v == null) return null;
        int value = v;
        int to = i + 1;
        // English and Ukrainian compounds: "twenty-one", "twenty one", "двадцять один", "two hundred"
        if (v >= 20 && v < 100 && to < tokens.size()) {
            int k = tokens.get(to).isMark("-") ? to + 1 : to;
            Integer unit = k < tokens.size() ? wordValue(tokens.get(k)) : null;
            if (unit != null && unit < 10) {
                value += unit;
                to = k + 1;
            }
        }
        if (v < 10 && to < tokens.size()) {
            Token next = tokens.get(to);
            Integer n = wordValue(next);
            if (n != null && n == 100) {
                value = v * 100;
                to++;
            } else if (n != null && n == 1000) {
                value = v * 1000;
                to++;
            } else if (NumberWords.ARABIC_TEEN_TEN.contains(next.norm())) {
                value = v + 10;                     // ثلاثة عشر
                to++;
            } else if (n != null && n >= 20 && n < 100 && n % 10 == 0 && next.norm().startsWith("و")) {
                value = v + n;                      // واحد وعشرون
                to++;
            }
        }
        return new Core(value, to, false);
    }

    private static Integer wordValue(Token t) {
        if (!t.isWord()) return null;
        Integer v = NumberWords.VALUES.get(t.norm());
        if (v != null) return v;
        // Arabic with a conjunction or article: "وأربعة", "السبعين"
        for (String f : t.forms()) {
            Integer w = NumberWords.VALUES.get(f);
            if (w != null && Normaliser.isArabicLetter(f.codePointAt(0))) return w;
        }
        return null;
    }

    private static Integer vagueValue(Token t) {
        for (String f : t.forms()) {
            Integer v = NumberWords.VAGUE.get(f);
            if (v != null) return v;
        }
        return null;
    }

    /** False for numbers that name a weapon, an age, a time, an ordinal, a percentage or a year. */
    private static boolean isCount(List<Token> tokens, int i, int to) {
        Token t = tokens.get(i);
        if (!t.isNumber()) return true;
        if (i > 0) {
            Token prev = tokens.get(i - 1);
            boolean clitic = prev.isWord() && prev.norm().length() == 1 && Normaliser.isArabicLetter(prev.norm().codePointAt(0));
            if (prev.joinedToNext() && !clitic && (prev.isWord() || prev.isMark("-") || prev.isMark("‑") || prev.isMark("/"))) return false;
            if (prev.isMark("-") && i > 1 && tokens.get(i - 2).isWord() && tokens.get(i - 2).joinedToNext()) return false;
        }
        if (to < tokens.size()) {
            Token next = tokens.get(to);
            if (t.joinedToNext() && next.isWord() && ORDINAL_SUFFIXES.contains(next.norm())) return false;
            if (t.joinedToNext() && (next.isMark(":") || next.isMark("%") || next.isMark("٪") || next.isMark("."))) return false;
            if (t.joinedToNext() && next.isMark("-") && to + 1 < tokens.size()) {
                Token after = tokens.get(to + 1);
                if (after.isWord() && (AGE_WORDS.contains(after.norm()) || ORDINAL_SUFFIXES.contains(after.norm()) || after.norm().startsWith("річ"))) return false;
            }
            if (t.joinedToNext() && next.isWord() && next.norm().startsWith("річ")) return false;
        }
        long v = t.value();
        return !(v >= 1900 && v <= 2100 && t.norm().length() == 4);
    }
}
