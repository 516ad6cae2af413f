package org.groundtruth.intake.interpret;

import org.groundtruth.incident.CivilianObject;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the civilian objects a free text says were hit ("struck a market", "قصف مشفى"), in English and Arabic.
 * One pattern compiled once; a text is scanned once whatever its length. It only suggests: the raw text is kept,
 * and a person can correct the result.
 */
public final class CivilianObjectKeywords {

    private static final Map<CivilianObject, String> PATTERNS = new LinkedHashMap<>();

    static {
        // English, matched on lower-cased text; \b keeps "camp" from matching "campaign" and "house" "warehouse".
        // Arabic, matched after removing diacritics and unifying alef, yaa and taa marbuta forms (see normalise).
        PATTERNS.put(CivilianObject.MARKET, "\\b(?:markets?|marketplace|bazaa?rs?|souq|souk|suq)\\b|سوق|اسواق");
        PATTERNS.put(CivilianObject.MEDICAL,
                "\\b(?:hospitals?|clinics?|medical|health (?:cent(?:er|re)s?|posts?|facilit(?:y|ies)|points?)|dispensary"
                        + "|ambulances?|maternity|obstetric)\\b|مشفي|مستشفي|مشافي|مستوصف|نقطه طبيه|مركز صحي|سياره اسعاف");
        PATTERNS.put(CivilianObject.PLACE_OF_WORSHIP,
                "\\b(?:mosques?|church(?:es)?|masjid|shrines?|synagogues?)\\b|مسجد|مساجد|جامع(?!ه|ات|ي)|كنيسه|كنائس");
        PATTERNS.put(CivilianObject.SCHOOL, "\\b(?:schools?|kindergart[ae]ns?)\\b|مدرسه|مدارس|روضه اطفال");
        PATTERNS.put(CivilianObject.CIVIL_DEFENCE,
                "\\b(?:civil defen[cs]e|white helmets)\\b|الدفاع المدني|دفاع مدني|الخوذ البيضاء");
        PATTERNS.put(CivilianObject.DISPLACEMENT_CAMP,
                "\\b(?:(?:idps?|refugees?|displaced(?: (?:people|persons|families))?|displacement)(?:'s|')? camps?"
                        + "|camps? (?:for|of) (?:the )?(?:displaced|idps|refugees))\\b|مخيم");
        PATTERNS.put(CivilianObject.WATER_AND_POWER,
                "\\b(?:water (?:station|plant|pumping station|treatment plant|tank|network|facility)s?"
                        + "|power (?:station|plant|line)s?|electricity|electrical (?:station|plant)s?|dam)\\b"
                        + "|محطه (?:ال)?مياه|محطه (?:ال)?كهرباء|مياه الشرب");
        PATTERNS.put(CivilianObject.RESIDENTIAL,
                "\\b(?:residential|houses?|homes?|apartments?|dwellings?|housing)\\b|منازل|منزل|بيوت|سكني");
        // bakeries have no kind of their own; they are recorded as "other"
        PATTERNS.put(CivilianObject.OTHER, "\\b(?:bakery|bakeries)\\b|مخبز|افران|(?<!\\p{L})(?:و|ب|ال|وال|بال)?فرن(?!\\p{L})");
    }

    private static final List<CivilianObject> ORDER = List.copyOf(PATTERNS.keySet());
    private static final Pattern ALL = compileAll();

    private CivilianObjectKeywords() {
    }

    private static Pattern compileAll() {
        StringBuilder sb = new StringBuilder();
        for (String p : PATTERNS.values()) {
            if (!sb.isEmpty()) sb.append('|');
            sb.append('(').append(p).append(')');
        }
        return Pattern.compile(sb.toString());
    }

    /** The kinds of object any of the texts mention; empty when none. Null texts are skipped. */
    public static Set<CivilianObject> detect(String... texts) {
        EnumSet<CivilianObject> found = EnumSet.noneOf(CivilianObject.class);
        for (String text : texts) {
            if (text == null || text.isEmpty()) continue;
            Matcher m = ALL.matcher(normalise(text));
            while (m.find()) {
                for (int g = 1; g <= ORDER.size(); g++) {
                    if (m.start(g) >= 0) {
                        found.add(ORDER.get(g - 1));
                        break;
                    }
                }
            }
        }
        return found;
    }

    /** Lower case; for Arabic, no diacritics or tatweel, and one form of alef, yaa and taa marbuta. */
    static String normalise(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        boolean arabic = false;
        for (int i = 0; i < lower.length() && !arabic; i++) arabic = lower.charAt(i) >= '\u0600' && lower.charAt(i) <= '\u06FF';
        if (!arabic) return lower;
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= '\u064B' && c <= '\u0652') || c == '\u0670' || c == '\u0640') continue;
            switch (c) {
                case '\u0623', '\u0625', '\u0622', '\u0671' -> sb.append('\u0627');
                case '\u0649' -> sb.append('\u064A');
                case '\u0629' -> sb.append('\u0647');
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
