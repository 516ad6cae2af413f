package org.groundtruth.objective;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A keyword scan of report texts, in English and Arabic, for what they say about an armed presence at the site:
 * mentions ("fighters were in the building") and explicit absences ("there were no military positions"). A
 * keyword scan, not understanding: each hit carries its snippet so the reviewer reads what was found.
 */
public final class ArmedPresenceScan {
    static final List<String> WORDS = List.of(
            "fighters", "militants", "armed men", "gunmen", "rebels", "soldiers", "troops", "military base", "military position",
            "military positions", "military post", "checkpoint", "headquarters", "weapons depot", "ammunition", "military vehicle",
            "artillery", "rocket launcher", "command post", "combatants", "armed group",
            "مسلحين", "مسلحون", "مقاتلين", "مقاتلون", "مقر عسكري", "مقرات عسكرية", "حاجز", "ثكنة", "مستودع ذخيرة",
            "مستودع أسلحة", "نقطة عسكرية", "نقاط عسكرية", "آليات عسكرية", "فصائل");
    static final List<String> NEGATIONS = List.of(
            "no ", "not ", "without ", "absence of", "free of", "nor ", "never ",
            "لا ", "لم ", "لا يوجد", "لا توجد", "خالية من", "بدون", "ليس");
    private static final int NEGATION_REACH = 30;
    private static final int SNIPPET = 60;

    private ArmedPresenceScan() {
    }

    /** What the texts say: each hit as "report N: …snippet…". */
    public record Findings(List<String> mentions, List<String> absences) {
        public Findings {
            mentions = List.copyOf(mentions);
            absences = List.copyOf(absences);
        }

        public boolean reported() {
            return !mentions.isEmpty();
        }
    }

    /** {@code texts.get(k)} is labelled "text k+1" unless labels are given. */
    public static Findings scan(List<String> labels, List<String> texts) {
        List<String> mentions = new ArrayList<>(), absences = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            String raw = texts.get(k);
            if (raw == null || raw.isBlank()) continue;
            String label = labels != null && k < labels.size() ? labels.get(k) : "text " + (k + 1);
            String text = Normalizer.normalize(raw, Normalizer.Form.NFKC);
            String lower = text.toLowerCase(Locale.ROOT);
            for (String w : WORDS) {
                int at = wordAt(lower, w, 0);
                if (at < 0) continue;
                String before = lower.substring(Math.max(0, at - NEGATION_REACH), at);
                boolean negated = NEGATIONS.stream().anyMatch(before::contains);
                String snippet = label + ": \u2026" + text.substring(Math.max(0, at - SNIPPET), Math.min(text.length(), at + w.length() + SNIPPET)).strip() + "\u2026";
                if (negated) { if (!absences.contains(snippet)) absences.add(snippet); }
                else if (!mentions.contains(snippet)) mentions.add(snippet);
            }
        }
        return new Findings(mentions, absences);
    }

    /** Index of {@code w} in {@code s} starting a word (not inside a longer word on its left), or -1. */
    private static int wordAt(String s, String w, int from) {
        for (int at = s.indexOf(w, from); at >= 0; at = s.indexOf(w, at + 1)) {
            if (at == 0 || !Character.isLetter(s.charAt(at - 1))) return at;
        }
        return -1;
    }
}
