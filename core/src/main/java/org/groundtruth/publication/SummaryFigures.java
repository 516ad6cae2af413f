package org.groundtruth.publication;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The report's figures, computed from the incidents' values and never typed: how many incidents, civilians killed
 * and injured (children, women and men killed) as ranges, over which period, by governorate and by attributed party.
 * A joint attribution ("Russian military or Syrian government") is its own row, never split between the two.
 */
public record SummaryFigures(int incidents, LocalDate firstDay, LocalDate lastDay, RangeTotal killed, RangeTotal injured,
                             RangeTotal childrenKilled, RangeTotal womenKilled, RangeTotal menKilled, int withheld,
                             List<Breakdown> byGovernorate, List<Breakdown> byParty) {
    public SummaryFigures {
        byGovernorate = List.copyOf(byGovernorate);
        byParty = List.copyOf(byParty);
    }

    public static SummaryFigures of(Collection<PublishedIncident> rows) {
        RangeTotal killed = RangeTotal.NONE, injured = RangeTotal.NONE, children = RangeTotal.NONE, women = RangeTotal.NONE,
                men = RangeTotal.NONE;
        LocalDate first = null, last = null;
        int withheld = 0;
        for (PublishedIncident i : rows) {
            if (i.valuesWithheld()) withheld++;
            killed = killed.plus(i.casualties().killed());
            injured = injured.plus(i.casualties().injured());
            children = children.plus(i.casualties().childrenKilled());
            women = women.plus(i.casualties().womenKilled());
            men = men.plus(i.casualties().menKilled());
            if (first == null || i.date().firstDay().isBefore(first)) first = i.date().firstDay();
            if (last == null || i.date().lastDay().isAfter(last)) last = i.date().lastDay();
        }
        return new SummaryFigures(rows.size(), first, last, killed, injured, children, women, men, withheld,
                breakdown(rows, PublishedIncident::governorateOrUnknown), breakdown(rows, PublishedIncident::partyOrUnknown));
    }

    /** Rows by most incidents, then by label; "unknown" last. */
    private static List<Breakdown> breakdown(Collection<PublishedIncident> rows, Function<PublishedIncident, String> key) {
        Map<String, Breakdown> by = new LinkedHashMap<>();
        for (PublishedIncident i : rows) {
            String k = key.apply(i);
            by.put(k, by.getOrDefault(k, new Breakdown(k, 0, RangeTotal.NONE, RangeTotal.NONE)).plus(i));
        }
        return by.values().stream().sorted(Comparator.comparing((Breakdown b) -> b.label().equals("unknown"))
                .thenComparing(Breakdown::incidents, Comparator.reverseOrder()).thenComparing(Breakdown::label)).toList();
    }
}
