package org.groundtruth.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Word forms by rule, for any language (texts mix scripts): Arabic proclitics (wa-, fa-, bi-, li-, ka-, al-, lil-)
 * come off one layer at a time; Cyrillic words lose their case endings, and a stem in -ов/-ев/-єв also tries the
 * nominative -ів/-їв (Харкова → Харків, Києві → Київ). Every form keeps at least two letters.
 */
public final class RuleWordForms implements WordForms {
    private static final String[] ARABIC_CONJUNCTIONS = {"و", "ف"};
    private static final String[] ARABIC_PREPOSITIONS = {"ب", "ل", "ك"};
    /** Longest first, so that "ського" comes off before "ого". */
    private static final String[] CYRILLIC_ENDINGS = {"ському", "ського", "ській", "ської", "ською", "ськими", "ськім",
            "ськ", "ами", "ями", "ові", "еві", "єві", "ого", "ому", "ими", "ій", "ої", "ою", "ею", "єю", "ом", "ем", "єм",
            "ах", "ях", "ів", "їв", "им", "ім", "і", "у", "ю", "а", "я", "и", "е", "є", "ї"};

    @Override
    public List<String> of(String word, Language language) {
        Set<String> out = new LinkedHashSet<>();
        out.add(word);
        if (word.isEmpty()) return List.of(word);
        int first = word.codePointAt(0);
        if (Normaliser.isArabicLetter(first)) arabic(word, out);
        else if (Normaliser.isCyrillic(first)) cyrillic(word, out);
        else if (word.length() > 3 && word.endsWith("s")) out.add(word.substring(0, word.length() - 1));
        return List.copyOf(out);
    }

    private static void arabic(String word, Set<String> out) {
        List<String> layer = new ArrayList<>(List.of(word));
        for (String[] prefixes : List.of(ARABIC_CONJUNCTIONS, ARABIC_PREPOSITIONS)) {
            List<String> next = new ArrayList<>(layer);
            for (String w : layer) for (String p : prefixes) if (w.startsWith(p) && w.length() - p.length() >= 3) next.add(w.substring(p.length()));
            layer = next;
        }
        List<String> withoutArticle = new ArrayList<>();
        for (String w : layer) {
            if (w.startsWith("ال") && w.length() >= 4) withoutArticle.add(w.substring(2));
            // li- + al- contracts to "لل": للمدنيين = لـ + المدنيين
            if (w.startsWith("لل") && w.length() >= 4) withoutArticle.add(w.substring(2));
        }
        out.addAll(layer);
        out.addAll(withoutArticle);
        // accusative alef left by a removed tanween: "فرناً" is "فرن", "مدنياً" is "مدني"
        for (String w : List.copyOf(out)) if (w.endsWith("ا") && w.length() >= 4) out.add(w.substring(0, w.length() - 1));
    }

    private static void cyrillic(String word, Set<String> out) {
        for (String e : CYRILLIC_ENDINGS) {
            if (word.endsWith(e) && word.length() - e.length() >= 3) {
                String stem = word.substring(0, word.length() - e.length());
                out.add(stem);
                if (stem.endsWith("ов") || stem.endsWith("ев")) out.add(stem.substring(0, stem.length() - 2) + "ів");
                if (stem.endsWith("єв")) out.add(stem.substring(0, stem.length() - 2) + "їв");
                if (stem.endsWith("ц")) out.add(stem.substring(0, stem.length() - 1) + "ка");
                if (e.equals("ах") || e.equals("ях")) out.add(stem + "и");
            }
        }
    }
}
