package org.groundtruth.intake.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small text helpers for building titles and names from raw cells. */
public final class Texts {
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private Texts() {
    }

    /** "DEIR EZZOR" becomes "Deir Ezzor"; text already in mixed case is left alone. */
    public static String titleCaseIfUpper(String s) {
        if (s == null || !s.equals(s.toUpperCase(Locale.ROOT))) return s;
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetter(c);
        }
        return sb.toString();
    }

    /** The text cut at a word boundary to at most maxChars, with an ellipsis when cut. */
    public static String shorten(String s, int maxChars) {
        if (s == null) return null;
        String t = WHITESPACE.matcher(s.strip()).replaceAll(" ");
        if (t.length() <= maxChars) return t;
        int cut = t.lastIndexOf(' ', maxChars - 1);
        return t.substring(0, cut > maxChars / 2 ? cut : maxChars - 1) + "…";
    }

    /** Splits on the separator, strips, drops blanks. */
    public static List<String> split(String s, String separator) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        int from = 0;
        while (true) {
            int i = separator.isEmpty() ? -1 : s.indexOf(separator, from);
            String part = (i < 0 ? s.substring(from) : s.substring(from, i)).strip();
            if (!part.isEmpty()) out.add(part);
            if (i < 0) return out;
            from = i + separator.length();
        }
    }

    public static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }
}
