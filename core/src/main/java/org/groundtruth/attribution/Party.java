package org.groundtruth.attribution;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The candidate perpetrators for Syria (decision 0540). {@link #OTHER} stands for any other armed party (armed
 * opposition groups, ISIS, Jordan, Iran); "unknown" is not a party but a verdict of {@link Attribution}.
 */
public enum Party {
    RUSSIAN_MILITARY("Russian military"),
    SYRIAN_GOVERNMENT("Syrian government"),
    US_LED_COALITION("US-led coalition"),
    TURKISH_MILITARY("Turkish military"),
    ISRAELI_MILITARY("Israeli military"),
    OTHER("other party");

    private final String label;

    Party(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts the code ("russian_military"), the label, or any wording {@link #named} recognises as one party. */
    public static Optional<Party> parse(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String key = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Party p : values()) if (p.name().equals(key) || p.label.equalsIgnoreCase(text.strip())) return Optional.of(p);
        Set<Party> named = named(text);
        return named.size() == 1 ? Optional.of(named.iterator().next()) : Optional.empty();
    }

    /**
     * The parties a perpetrator as the sources wrote it names, in English or Arabic: "Russian warplanes" →
     * Russian military; "Russian or Syrian government forces" → both; "Government of Syria (GoS)" → Syrian
     * government; "International coalition" → US-led coalition; "Hay'at Tahrir al-Sham" → other. Empty when the
     * text names no party it knows ("unknown aircraft").
     */
    public static Set<Party> named(String text) {
        EnumSet<Party> out = EnumSet.noneOf(Party.class);
        if (text == null || text.isBlank()) return out;
        String t = " " + Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Punct}&&[^']]", " ").replaceAll("\\s+", " ") + " ";
        if (has(t, "russia", "russian", "moscow", "vks", "روسي", "روسيا", "الروس")) out.add(RUSSIAN_MILITARY);
        if (has(t, "government of syria", "syrian government", "syrian regime", "syrian arab army", "syrian army",
                "syrian air force", "syrian arab air force", " gos ", " saa ", " regime", "assad", "military forces of syria",
                "pro government", "النظام", "قوات الأسد", "الجيش السوري", "الطيران السوري", "قوات الحكومة")) out.add(SYRIAN_GOVERNMENT);
        if (has(t, "coalition", "us led", "united states", " usa ", " us ", "american", "centcom", "cjtf", "inherent resolve",
                "france", "french", "united kingdom", " uk ", "british", "royal air force", "التحالف", "الأمريكي", "الامريكي"))
            out.add(US_LED_COALITION);
        if (has(t, "turkey", "turkish", "türk", "turkiye", "tsk ", "تركي", "التركي")) out.add(TURKISH_MILITARY);
        if (has(t, "israel", "israeli", " idf ", "إسرائيل", "اسرائيل", "الإسرائيلي", "الاسرائيلي")) out.add(ISRAELI_MILITARY);
        if (out.isEmpty() && has(t, "isis", "isil", "islamic state", "daesh", "nusra", "tahrir al sham", "hts", "free syrian army",
                " fsa ", "opposition", "rebel", "sdf", "ypg", "hezbollah", "iran", "jordan", "داعش", "النصرة", "المعارضة"))
            out.add(OTHER);
        return out;
    }

    private static boolean has(String text, String... words) {
        for (String w : words) if (text.contains(w)) return true;
        return false;
    }
}
