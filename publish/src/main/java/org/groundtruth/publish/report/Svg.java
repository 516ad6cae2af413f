package org.groundtruth.publish.report;

import java.util.Locale;

/** Small helpers for writing SVG text by hand: numbers without locale surprises, escaped text. */
final class Svg {
    /** Figures span the text width of an A4 page with 16 mm margins. */
    static final double WIDTH_MM = 178;

    private Svg() {
    }

    static String n(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t') b.append(ch); // XML 1.0 forbids other control characters
                }
            }
        }
        return b.toString();
    }
}
