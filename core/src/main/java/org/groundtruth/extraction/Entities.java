package org.groundtruth.extraction;

import java.util.Map;

/**
 * HTML character references left in a text by its source ("Dar&#8217;a", "&#8220;Turkish&#8221;", "&amp;"): read as
 * the characters they stand for, while every span still points into the text as written (decision 1026). Only
 * well-formed references count, each ending in ";": numeric ones ("&#8217;", "&#x2019;") and a few named ones common
 * in news feeds; "AT&T" or "&c" stay as they are.
 */
final class Entities {
    private Entities() {
    }

    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("nbsp", "\u00A0"), Map.entry("rsquo", "\u2019"), Map.entry("lsquo", "\u2018"), Map.entry("rdquo", "\u201D"),
            Map.entry("ldquo", "\u201C"), Map.entry("ndash", "\u2013"), Map.entry("mdash", "\u2014"), Map.entry("hellip", "\u2026"),
            Map.entry("laquo", "\u00AB"), Map.entry("raquo", "\u00BB"));
    private static final int LONGEST = 10;     // "&#x10FFFF;"

    /**
     * A text with its references decoded.
     *
     * @param text     the decoded text
     * @param original for each index of {@code text} (and its length), the index in the text as written
     */
    record Decoded(String text, int[] original) {
        int at(int i) {
            return original[i];
        }
    }

    static Decoded decode(String written) {
        if (written.indexOf('&') < 0) return null;
        StringBuilder b = new StringBuilder(written.length());
        int[] map = new int[written.length() + 1];
        boolean any = false;
        int i = 0;
        while (i < written.length()) {
            char c = written.charAt(i);
            int semi = c == '&' ? written.indexOf(';', i + 1) : -1;
            String decoded = semi > i + 1 && semi - i <= LONGEST ? reference(written.substring(i + 1, semi)) : null;
            if (decoded == null) {
                map[b.length()] = i;
                b.append(c);
                i++;
                continue;
            }
            any = true;
            for (int k = 0; k < decoded.length(); k++) map[b.length() + k] = i;
            b.append(decoded);
            i = semi + 1;
        }
        if (!any) return null;
        map[b.length()] = written.length();
        int[] original = new int[b.length() + 1];
        System.arraycopy(map, 0, original, 0, b.length() + 1);
        return new Decoded(b.toString(), original);
    }

    /** What "&name;" stands for, without "&" and ";", or null when it is no reference. */
    private static String reference(String name) {
        if (name.charAt(0) != '#') return NAMED.get(name);
        try {
            int cp = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                    ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1), 10);
            if (cp < 0x20 && cp != '\t' && cp != '\n' || cp > Character.MAX_CODE_POINT || cp >= 0xD800 && cp <= 0xDFFF) return null;
            return new String(Character.toChars(cp));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
