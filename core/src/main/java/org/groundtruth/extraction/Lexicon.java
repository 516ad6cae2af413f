package org.groundtruth.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases to find in tokenised text, each under a code. A phrase is written as words separated by spaces; a word
 * ending in {@code *} matches any word that starts with it ("лікарн*" finds лікарня, лікарні, лікарню). Words are
 * compared in normalised form against every form of a token ({@link WordForms}), so "سوق" finds "بالسوق". Where
 * phrases overlap, the longest wins ("balістичною ракетою" is one ballistic missile, not also a missile).
 */
public final class Lexicon {
    /** A found phrase: its code and tokens {@code from} (inclusive) to {@code to} (exclusive). */
    public record Match(String code, int from, int to) {
        public Span span(List<Token> tokens) {
            return tokens.get(from).span().union(tokens.get(to - 1).span());
        }
    }

    private record Part(String text, boolean prefix, boolean mark) {
        boolean matches(Token t) {
            if (mark) return t.kind() == Token.Kind.MARK && t.norm().equals(text);
            if (t.kind() == Token.Kind.MARK) return false;
            for (String f : t.forms()) if (prefix ? f.startsWith(text) : f.equals(text)) return true;
            return false;
        }
    }

    private record Phrase(String code, List<Part> parts) {
    }

    private final Map<String, List<Phrase>> byFirstWord = new HashMap<>();
    private final Map<String, List<Phrase>> byFirstPrefix = new HashMap<>();
    private static final int PREFIX_KEY = 2;

    /** Adds phrases under a code; alternatives separated by "|". */
    public Lexicon add(String code, String alternatives) {
        for (String alt : alternatives.split("\\|")) {
            List<Part> parts = parts(alt.strip());
            if (parts.isEmpty()) continue;
            Phrase p = new Phrase(code, parts);
            Part first = parts.get(0);
            if (first.prefix()) {
                if (first.text().length() < PREFIX_KEY) throw new IllegalArgumentException("prefix too short in phrase '" + alt + "'");
                byFirstPrefix.computeIfAbsent(first.text().substring(0, PREFIX_KEY), k -> new ArrayList<>()).add(p);
            } else {
                byFirstWord.computeIfAbsent(first.text(), k -> new ArrayList<>()).add(p);
            }
        }
        return this;
    }

    private static List<Part> parts(String phrase) {
        List<Part> out = new ArrayList<>();
        for (String piece : phrase.split("\\s+")) {
            if (piece.isEmpty()) continue;
            boolean prefix = piece.endsWith("*") && piece.length() > 1;
            String body = prefix ? piece.substring(0, piece.length() - 1) : piece;
            // split "us-led", "фаб-250", "t4" into the tokens the tokenizer makes of them
            StringBuilder run = new StringBuilder();
            int runType = -1;
            for (int i = 0; i < body.length(); ) {
                int c = body.codePointAt(i);
                int type = Character.isDigit(c) ? 1 : (Character.isLetter(c) || c == '\'' || c == '’' || Character.getType(c) == Character.NON_SPACING_MARK) ? 0 : 2;
                if (type != runType || type == 2) {
                    if (!run.isEmpty()) out.add(new Part(Normaliser.normalise(run), false, runType == 2));
                    run.setLength(0);
                    runType = type;
                }
                run.appendCodePoint(c);
                i += Character.charCount(c);
            }
            if (!run.isEmpty()) out.add(new Part(Normaliser.normalise(run), false, runType == 2));
            if (prefix) {
                Part last = out.remove(out.size() - 1);
                out.add(new Part(last.text(), true, false));
            }
        }
        return out;
    }

    /** Every phrase found, longest first where they overlap, in text order. */
    public List<Match> find(List<Token> tokens) {
        List<Match> all = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.MARK) continue;
            for (String form : t.forms()) {
                collect(byFirstWord.get(form), tokens, i, all);
                if (form.length() >= PREFIX_KEY) collect(byFirstPrefix.get(form.substring(0, PREFIX_KEY)), tokens, i, all);
            }
        }
        all.sort(Comparator.comparingInt((Match m) -> -(m.to() - m.from())).thenComparingInt(Match::from));
        boolean[] taken = new boolean[tokens.size()];
        List<Match> kept = new ArrayList<>();
        for (Match m : all) {
            boolean free = true;
            for (int k = m.from(); k < m.to(); k++) free &= !taken[k];
            if (!free) continue;
            for (int k = m.from(); k < m.to(); k++) taken[k] = true;
            kept.add(m);
        }
        kept.sort(Comparator.comparingInt(Match::from));
        return kept;
    }

    private static void collect(List<Phrase> phrases, List<Token> tokens, int at, List<Match> out) {
        if (phrases == null) return;
        for (Phrase p : phrases) {
            if (at + p.parts().size() > tokens.size()) continue;
            boolean ok = true;
            for (int k = 0; k < p.parts().size() && ok; k++) ok = p.parts().get(k).matches(tokens.get(at + k));
            if (ok) out.add(new Match(p.code(), at, at + p.parts().size()));
        }
    }
}
