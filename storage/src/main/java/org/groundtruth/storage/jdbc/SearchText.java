package org.groundtruth.storage.jdbc;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns text into the form both stores index and query, so that SQLite FTS5 and PostgreSQL tsvector see the same
 * tokens: lower case, accents and Arabic short vowels removed, hamza and madda forms of alef folded into plain alef
 * (decomposing and dropping combining marks does all three), every run of non-letters and non-digits one space.
 */
public final class SearchText {
    private SearchText() {
    }

    public static String normalize(String text) {
        if (text == null || text.isEmpty()) return "";
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) return normalizeUnicode(text);
            appendAscii(out, c);
        }
        return trimmed(out);
    }

    /** The tokens of a query, in the same form as the indexed text. */
    public static List<String> tokens(String query) {
        String n = normalize(query);
        if (n.isEmpty()) return List.of();
        return List.of(n.split(" "));
    }

    /** Lower case for exact, case-insensitive comparisons (governorate names), null stays null. */
    public static String key(String s) {
        return s == null ? null : s.strip().toLowerCase(Locale.ROOT);
    }

    private static void appendAscii(StringBuilder out, char c) {
        if (c >= 'A' && c <= 'Z') out.append((char) (c + 32));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.append(c);
        else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') out.append(' ');
    }

    private static String normalizeUnicode(String text) {
        String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || cp == 0x0640) return; // tatweel
            if (Character.isLetterOrDigit(cp)) out.appendCodePoint(cp);
            else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') out.append(' ');
        });
        return trimmed(out);
    }

    private static String trimmed(StringBuilder out) {
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') end--;
        return out.substring(0, end);
    }

    /** Joins the normalized forms of several texts with one space, skipping empty ones. */
    public static String document(List<String> texts) {
        List<String> parts = new ArrayList<>(texts.size());
        for (String t : texts) {
            String n = normalize(t);
            if (!n.isEmpty()) parts.add(n);
        }
        return String.join(" ", parts);
    }
}
