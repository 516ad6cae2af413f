package org.groundtruth.extraction;

import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.CountRange;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The casualty figures of one candidate, each null when the text gives none.
 *
 * @param killed          people killed
 * @param injured         people injured
 * @param children        children among the killed
 * @param women           women among the killed
 * @param men             men among the killed
 * @param killedOrInjured a figure that does not separate the dead from the wounded ("casualties")
 */
public record CandidateCasualties(CasualtyFigure killed, CasualtyFigure injured, CasualtyFigure children, CasualtyFigure women,
                                  CasualtyFigure men, CasualtyFigure killedOrInjured) {
    public static final CandidateCasualties NONE = new CandidateCasualties(null, null, null, null, null, null);

    /** As the incident's domain type: unknown where the text gives nothing. */
    public Casualties asCasualties() {
        return new Casualties(range(killed), range(injured), range(children), range(women), range(men));
    }

    private static CountRange range(CasualtyFigure f) {
        return f == null ? CountRange.UNKNOWN : f.count();
    }

    /**
     * Chooses figures from the mentions of one candidate: a revised toll wins, then the largest total; the largest
     * figure of each group; and when no total is given, the groups added up ("a woman and a child" killed is two).
     */
    static CandidateCasualties of(List<CasualtyMention> mentions) {
        List<CasualtyMention> usable = mentions.stream().filter(m -> !m.cumulative()).toList();
        CasualtyFigure killed = total(usable, CasualtyMention.Outcome.KILLED);
        CasualtyFigure injured = total(usable, CasualtyMention.Outcome.INJURED);
        CasualtyFigure combined = total(usable, CasualtyMention.Outcome.KILLED_OR_INJURED);
        return new CandidateCasualties(killed, injured,
                largest(usable, m -> m.outcome() == CasualtyMention.Outcome.KILLED && m.group() == CasualtyMention.Group.CHILDREN),
                largest(usable, m -> m.outcome() == CasualtyMention.Outcome.KILLED && m.group() == CasualtyMention.Group.WOMEN),
                largest(usable, m -> m.outcome() == CasualtyMention.Outcome.KILLED && m.group() == CasualtyMention.Group.MEN),
                combined);
    }

    private static CasualtyFigure total(List<CasualtyMention> mentions, CasualtyMention.Outcome outcome) {
        List<CasualtyMention> of = mentions.stream().filter(m -> m.outcome() == outcome).toList();
        List<CasualtyMention> updates = of.stream().filter(m -> m.update() && !m.subgroup()).toList();
        if (!updates.isEmpty()) return figure(updates.get(updates.size() - 1));
        CasualtyFigure largestTotal = largest(of, CasualtyMention::isTotal);
        if (largestTotal != null) return largestTotal;
        return sumOfListedGroups(of.stream().filter(m -> !m.subgroup()).toList());
    }

    private static CasualtyFigure largest(List<CasualtyMention> mentions, Predicate<CasualtyMention> which) {
        // a stated number beats a vague word ("people were killed ... one person died" is one)
        return mentions.stream().filter(which)
                .max(Comparator.comparing((CasualtyMention m) -> m.qualifier() != Quantity.Qualifier.VAGUE).thenComparingInt(m -> m.count().min()))
                .map(CandidateCasualties::figure).orElse(null);
    }

    /** Parts named together ("a woman and a child", "3 أطفال وامرأة ورجل") are this close in characters at most. */
    private static final int LIST_GAP = 25;

    /**
     * No total given: the groups listed together added up ("a woman and a child" killed is two), the largest list when
     * there are several (the same dead may be named again in a later sentence, and must not be counted twice).
     */
    private static CasualtyFigure sumOfListedGroups(List<CasualtyMention> parts) {
        if (parts.isEmpty()) return null;
        List<CasualtyMention> sorted = new ArrayList<>(parts);
        sorted.sort(Comparator.comparing(CasualtyMention::span));
        CasualtyFigure best = null;
        List<CasualtyMention> list = new ArrayList<>();
        for (int i = 0; i <= sorted.size(); i++) {
            boolean continues = i < sorted.size() && !list.isEmpty()
                    && sorted.get(i).span().start() - list.get(list.size() - 1).span().end() <= LIST_GAP;
            if (i < sorted.size() && (list.isEmpty() || continues)) {
                list.add(sorted.get(i));
                continue;
            }
            CasualtyFigure sum = sum(list);
            if (best == null || sum.count().min() > best.count().min()) best = sum;
            list.clear();
            if (i < sorted.size()) list.add(sorted.get(i));
        }
        return best;
    }

    private static CasualtyFigure sum(List<CasualtyMention> parts) {
        if (parts.size() == 1) return figure(parts.get(0));
        int min = 0;
        Integer max = 0;
        List<Span> spans = new ArrayList<>();
        boolean exact = true;
        for (CasualtyMention m : parts) {
            min += m.count().min();
            max = max == null || m.count().max() == null ? null : max + m.count().max();
            exact &= m.qualifier() == Quantity.Qualifier.EXACT;
            spans.add(m.span());
        }
        return new CasualtyFigure(CountRange.of(min, max), exact ? Quantity.Qualifier.EXACT : Quantity.Qualifier.AT_LEAST, spans);
    }

    private static CasualtyFigure figure(CasualtyMention m) {
        return new CasualtyFigure(m.count(), m.qualifier(), List.of(m.span()));
    }
}
