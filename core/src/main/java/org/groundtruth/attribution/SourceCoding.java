package org.groundtruth.attribution;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * How a dataset's coding of the perpetrator is read (decision 0541). UCDP GED codes strikes by the pro-government
 * side in Syria, Russia's included, as "Government of Syria": from 30 September 2015, when Russia's air campaign
 * began, such a naming in a UCDP row is read as "Russian military or Syrian government", and says so.
 */
public final class SourceCoding {
    static final LocalDate RUSSIAN_CAMPAIGN_START = LocalDate.of(2015, 9, 30);

    private SourceCoding() {
    }

    /** The parties an alleged perpetrator names, as the datasets it came from code it. */
    public static Set<Party> parties(String alleged, Set<String> datasets, String theatre, LocalDate lastDay) {
        Set<Party> named = Party.named(alleged);
        if (lumpsRussiaWithGovernment(named, datasets, theatre, lastDay)) return EnumSet.of(Party.RUSSIAN_MILITARY, Party.SYRIAN_GOVERNMENT);
        return named;
    }

    /** A note for the evidence line when the reading differs from the words, else null. */
    public static String note(String alleged, Set<String> datasets, String theatre, LocalDate lastDay) {
        return lumpsRussiaWithGovernment(Party.named(alleged), datasets, theatre, lastDay)
                ? "UCDP codes pro-government strikes, Russia's included, as the Government of Syria" : null;
    }

    private static boolean lumpsRussiaWithGovernment(Set<Party> named, Set<String> datasets, String theatre, LocalDate lastDay) {
        return named.equals(Set.of(Party.SYRIAN_GOVERNMENT)) && datasets != null && !datasets.isEmpty()
                && datasets.stream().allMatch(d -> d != null && d.toLowerCase(java.util.Locale.ROOT).startsWith("ucdp"))
                && "SY".equals(theatre) && lastDay != null && !lastDay.isBefore(RUSSIAN_CAMPAIGN_START);
    }
}
