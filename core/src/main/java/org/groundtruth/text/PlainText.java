package org.groundtruth.text;

/**
 * The rule for any text that comes in (a JSON string, a query parameter, a file's field): it holds no NUL, which
 * PostgreSQL refuses in text, and no lone UTF-16 surrogate, which cannot be written as UTF-8 and which the stores
 * and the JSON writer would otherwise turn silently into "?". Such text is refused where it arrives, with a message
 * that names the place and never repeats the text.
 */
public final class PlainText {
    private PlainText() {
    }

    /** What is wrong with {@code text} ("contains a NUL character", ...), or null when it may be stored. */
    public static String problem(CharSequence text) {
        if (text == null) return null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') return "contains a NUL character";
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "contains a lone UTF-16 surrogate at character " + (i + 1) + " (not a Unicode character; send UTF-8)";
            }
            if (Character.isLowSurrogate(c)) {
                return "contains a lone UTF-16 surrogate at character " + (i + 1) + " (not a Unicode character; send UTF-8)";
            }
        }
        return null;
    }

    /** Whether {@code text} may be stored (see {@link #problem}). */
    public static boolean isPlain(CharSequence text) {
        return problem(text) == null;
    }
}
