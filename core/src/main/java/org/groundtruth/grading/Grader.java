package org.groundtruth.grading;

import org.groundtruth.attribution.Party;
import org.groundtruth.incident.Source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Computes the grade, first rule that holds (decision 0544):
 * <ol>
 *   <li>Discounted: no civilian harm recorded and the texts say the dead or hurt were combatants;</li>
 *   <li>Contested: two or more parties admitted or claimed it, or separate allegations name different single parties;</li>
 *   <li>Confirmed: a party admitted it;</li>
 *   <li>Fair: two or more credible, independent sources and belligerent action nearby;</li>
 *   <li>Weak: everything else (one source, or sources that are not independent or credible, or no action nearby).</li>
 * </ol>
 * Sources are independent when their publishers differ (same name after normalising, or same URL, is one source).
 * A source without a publisher name, or named "unknown", "anonymous" or "unverified", is not counted as credible.
 */
public final class Grader {
    static final List<String> COMBATANT_WORDS = List.of("fighters killed", "militants killed", "combatants killed",
            "fighters were killed", "militants were killed", "soldiers killed", "soldiers were killed", "no civilian casualties",
            "no civilians were", "مقتل مقاتلين", "مقتل عناصر", "لا إصابات بين المدنيين");
    static final Set<String> NOT_CREDIBLE = Set.of("", "unknown", "anonymous", "unverified", "n a", "na");

    public GradeResult grade(GradingInput in) {
        List<String> reasons = new ArrayList<>();
        Map<String, String> independent = independentCredibleSources(in.sources(), reasons);

        if (!civilianHarmRecorded(in) && mentionsCombatants(in.texts())) {
            reasons.add("no civilian casualties are recorded and the reports speak of combatants killed");
            return new GradeResult(Grade.DISCOUNTED, reasons, null);
        }
        Set<Party> claimants = EnumSet.noneOf(Party.class);
        claimants.addAll(in.admitted());
        claimants.addAll(in.claimedBy());
        if (claimants.size() >= 2) {
            reasons.add("competing claims of responsibility: " + labels(claimants) + " each admitted or claimed it");
            return new GradeResult(Grade.CONTESTED, reasons, null);
        }
        if (!in.admitted().isEmpty()) {
            reasons.add(labels(in.admitted()) + " accepted responsibility");
            return new GradeResult(Grade.CONFIRMED, reasons, null);
        }
        Set<Party> singles = EnumSet.noneOf(Party.class);
        for (Set<Party> a : in.allegations()) if (a.size() == 1) singles.addAll(a);
        if (singles.size() >= 2) {
            reasons.add("the sources blame different parties: " + labels(singles));
            return new GradeResult(Grade.CONTESTED, reasons, null);
        }
        if (independent.size() >= 2 && in.actionNearby() != null) {
            reasons.add(independent.size() + " credible independent sources (" + String.join(", ", independent.values()) + ")");
            reasons.add("belligerent action nearby: " + in.actionNearby());
            return new GradeResult(Grade.FAIR, reasons, null);
        }
        if (independent.size() >= 2) {
            reasons.add(independent.size() + " credible independent sources (" + String.join(", ", independent.values())
                    + "), but no belligerent action nearby is established (no matched claim, no activity of the alleged party nearby)");
        } else {
            reasons.add(independent.isEmpty() ? "no credible named source" : "a single credible independent source ("
                    + String.join(", ", independent.values()) + ")");
        }
        return new GradeResult(Grade.WEAK, reasons, null);
    }

    /** Publisher key → display name, credible ones only; notes merged and discounted sources in {@code reasons}. */
    static Map<String, String> independentCredibleSources(List<Source> sources, List<String> reasons) {
        Map<String, String> byKey = new LinkedHashMap<>();
        Set<String> urls = new java.util.HashSet<>();
        int sameAsAnother = 0, notCredible = 0;
        for (Source s : sources) {
            String key = key(s.name());
            if (NOT_CREDIBLE.contains(key)) {
                notCredible++;
                continue;
            }
            boolean seenUrl = s.url() != null && !s.url().isBlank() && !urls.add(s.url().strip());
            if (byKey.containsKey(key) || seenUrl) {
                sameAsAnother++;
                continue;
            }
            byKey.put(key, s.name().strip());
        }
        if (sameAsAnother > 0) reasons.add(sameAsAnother + " report(s) repeat a source already counted (same publisher or URL)");
        if (notCredible > 0) reasons.add(notCredible + " report(s) from an unnamed or unverified source not counted as credible");
        return byKey;
    }

    static String key(String name) {
        if (name == null) return "";
        String k = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return k.startsWith("the ") ? k.substring(4) : k;
    }

    private static boolean civilianHarmRecorded(GradingInput in) {
        Integer killed = in.casualties().killed().max(), injured = in.casualties().injured().max();
        return (killed != null && killed > 0) || (injured != null && injured > 0);
    }

    private static boolean mentionsCombatants(List<String> texts) {
        for (String t : texts) {
            String lower = t.toLowerCase(Locale.ROOT);
            for (String w : COMBATANT_WORDS) if (lower.contains(w)) return true;
        }
        return false;
    }

    private static String labels(Set<Party> parties) {
        return parties.stream().map(Party::label).collect(Collectors.joining(", "));
    }
}
