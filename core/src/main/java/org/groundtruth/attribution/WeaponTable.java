package org.groundtruth.attribution;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The reference table of aircraft and munitions, all theatres. */
public record WeaponTable(List<WeaponReference> rows) {
    public WeaponTable {
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    public static WeaponTable empty() {
        return new WeaponTable(List.of());
    }

    /** Rows of this theatre (a null theatre: all rows) that the reported text names. */
    public List<WeaponReference> matching(String theatre, String reported) {
        List<WeaponReference> out = new ArrayList<>();
        for (WeaponReference w : rows) {
            if (theatre != null && !w.theatre().equalsIgnoreCase(theatre)) continue;
            if (w.namedIn(reported)) out.add(w);
        }
        return out;
    }

    /** Lower case, hyphens and punctuation to spaces, "su 34" and "su34" alike: letters and digits split. */
    static String key(String s) {
        if (s == null) return "";
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ");
        t = t.replaceAll("(?<=\\p{L})(?=\\p{N})|(?<=\\p{N})(?=\\p{L})", " ");
        return " " + t.strip().replaceAll("\\s+", " ") + " ";
    }

    static boolean containsWord(String keyedText, String keyedTerm) {
        return keyedTerm.length() > 2 && keyedText.contains(keyedTerm);
    }
}
