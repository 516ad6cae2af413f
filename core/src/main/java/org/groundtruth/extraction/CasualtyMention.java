package org.groundtruth.extraction;

import org.groundtruth.incident.CountRange;

import java.util.Objects;

/**
 * A casualty figure found in the text.
 *
 * @param outcome    killed, injured, or killed and injured together ("casualties", "بين شهيد وجريح")
 * @param group      who: everyone, civilians, children, women, men, combatants
 * @param count      the number as a range ("more than 30" is 31 or more)
 * @param qualifier  how the source bounded the number
 * @param subgroup   a part of a total given beside it ("12 civilians, among them 5 children")
 * @param update     a revised toll ("the death toll rose to 13")
 * @param cumulative a running total over days or a campaign, or a monitor's toll of a day, not one strike's figure
 *                   (decisions 1024, 1025)
 * @param span       where it is written (the number and its noun)
 */
public record CasualtyMention(Outcome outcome, Group group, CountRange count, Quantity.Qualifier qualifier, boolean subgroup,
                              boolean update, boolean cumulative, Span span) {
    public enum Outcome { KILLED, INJURED, KILLED_OR_INJURED }

    public enum Group { ALL, CIVILIANS, CHILDREN, WOMEN, MEN, COMBATANTS }

    public CasualtyMention {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(count, "count");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(span, "span");
        if (!count.isKnown()) throw new IllegalArgumentException("a casualty mention has a number");
    }

    /** A total of people, as opposed to a group among them. */
    public boolean isTotal() {
        return !subgroup && (group == Group.ALL || group == Group.CIVILIANS || group == Group.COMBATANTS);
    }
}
