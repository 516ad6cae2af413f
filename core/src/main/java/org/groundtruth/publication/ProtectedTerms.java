package org.groundtruth.publication;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Words that must never be published (witness names, spotters' names and posts, restricted sources' names), checked
 * against a report's whole text before it is rendered. Matching ignores case, Unicode compatibility forms (Arabic
 * presentation forms, full-width letters) and runs of spaces. {@link #toString()} never shows the terms.
 */
public final class ProtectedTerms {
    /** Shorter terms would match ordinary words ("Ali" in "Alisha"): at least this many letters. */
    public static final int MIN_CHARS = 4;
    private final List<String> terms;

    private ProtectedTerms(List<String> terms) {
        this.terms = terms;
    }

    public static ProtectedTerms none() {
        return new ProtectedTerms(List.of());
    }

    public static ProtectedTerms of(Collection<String> terms) {
        return new ProtectedTerms(terms.stream().filter(Objects::nonNull).map(ProtectedTerms::normal)
                .filter(t -> t.length() >= MIN_CHARS).distinct().toList());
    }

    public ProtectedTerms plus(Collection<String> more) {
        List<String> all = new java.util.ArrayList<>(terms);
        all.addAll(more);
        return of(all);
    }

    /** Whether the text contains any protected term. */
    public boolean foundIn(String text) {
        if (text == null || terms.isEmpty()) return false;
        String t = normal(text);
        for (String term : terms) if (t.contains(term)) return true;
        return false;
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    @Override
    public String toString() {
        return "ProtectedTerms[" + terms.size() + " terms]";
    }
}
