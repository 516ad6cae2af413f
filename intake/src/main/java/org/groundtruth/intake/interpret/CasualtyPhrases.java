package org.groundtruth.intake.interpret;

import org.groundtruth.incident.CountRange;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads counts of killed and injured people from short English descriptions ("6 civilians killed and many
 * wounded", "caused 8 martyrs"). A number read this way is a floor, "at least N": a video caption reports what
 * was known when it was posted. "killed and wounded" together is not read, since it does not say how many died.
 */
public final class CasualtyPhrases {
    private static final String PEOPLE = "(?:civilians? |people |persons |children |women |men )?(?:were |have been )?";
    private static final Pattern KILLED = Pattern.compile(
            "\\b(\\d{1,5}) " + PEOPLE + "(?:martyrs?|killed|dead|deaths|victims)\\b(?! and (?:wounded|injured))"
                    + "|\\b(?:killing|killed|martyring|martyred) (?:at least )?(\\d{1,5})\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INJURED = Pattern.compile(
            "\\b(\\d{1,5}) " + PEOPLE + "(?:injured|wounded|injuries)\\b|\\b(?:injuring|wounding) (?:at least )?(\\d{1,5})\\b",
            Pattern.CASE_INSENSITIVE);

    private CasualtyPhrases() {
    }

    public static CountRange killed(String text) {
        return atLeast(KILLED, text);
    }

    public static CountRange injured(String text) {
        return atLeast(INJURED, text);
    }

    private static CountRange atLeast(Pattern p, String text) {
        if (text == null || text.isEmpty()) return CountRange.UNKNOWN;
        Matcher m = p.matcher(text);
        Integer most = null;
        while (m.find()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2);
            int v = Integer.parseInt(n);
            if (most == null || v > most) most = v;
        }
        return most == null ? CountRange.UNKNOWN : new CountRange(most, null);
    }
}
