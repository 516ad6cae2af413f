package org.groundtruth.extraction;

import java.util.List;
import java.util.Set;

/**
 * A text that is nothing but a day and places ("April 28th 2017: (S656) Al Raqqa al Samra village near al Karama,
 * Raqqa governorate, Syria"): the heading of an entry in a monitor's incident log or list. Such a heading names no harm
 * because the list it comes from is a list of incidents; it is read as one strike for a person to review (decision
 * 1010). Any other word (a verb, a noun that is not a kind of place) makes it an ordinary text.
 */
final class DatedHeading {
    private DatedHeading() {
    }

    /** Kinds of place: "Hunaida village", "Raqqa governorate", "Al Maghla bridge". */
    private static final Set<String> KINDS = PlaceWords.norm("village", "villages", "town", "towns", "city", "neighbourhood", "neighborhood",
            "district", "sub-district", "governorate", "province", "countryside", "region", "oblast", "raion", "area", "camp", "farm", "farms",
            "mountain", "hill", "bridge", "dam", "road", "junction", "roundabout", "square", "market", "street",
            "قرية", "بلدة", "مدينة", "حي", "ريف", "محافظة", "منطقة", "село", "селище", "місто", "область", "район", "громада");

    /** Words that join the names: directions, prepositions, articles, countries. */
    private static final Set<String> JOINING = PlaceWords.norm("near", "outskirts", "of", "in", "and", "or", "the", "north", "south", "east",
            "west", "northern", "southern", "eastern", "western", "central", "al", "el", "ar", "as", "ash", "ad", "az",
            "syria", "ukraine", "iraq", "yemen", "libya", "sudan", "gaza", "قرب", "سوريا", "біля");

    static boolean is(List<Token> tokens, List<DateMention> dates, List<PlaceMention> places, Language language) {
        if (tokens.isEmpty() || tokens.get(tokens.size() - 1).sentence() > 1) return false;
        boolean dated = dates.stream().anyMatch(d -> d.basis() == DateMention.Basis.STATED);
        if (!dated || places.isEmpty()) return false;
        int parentheses = 0;   // the entry's code: "(S656)"
        for (Token t : tokens) {
            if (t.isMark("(")) parentheses++;
            else if (t.isMark(")")) parentheses = Math.max(0, parentheses - 1);
            if (!t.isWord() || parentheses > 0 || t.isAny(KINDS) || t.isAny(JOINING) || inside(t, dates, places) || otherScript(t, language)
                    || namesAPlaceOfItsKind(tokens, t)) continue;
            return false;
        }
        return true;
    }

    /** "Hunaida village", "Al Rashid Farm", "Minhar mountain": capitalised words before a kind of place are its name. */
    private static boolean namesAPlaceOfItsKind(List<Token> tokens, Token t) {
        if (!t.capitalised()) return false;
        for (int k = t.index() + 1; k < tokens.size() && tokens.get(k).isWord(); k++) {
            if (tokens.get(k).isAny(KINDS)) return true;
            if (!tokens.get(k).capitalised()) return false;
        }
        return false;
    }

    private static boolean inside(Token t, List<DateMention> dates, List<PlaceMention> places) {
        for (DateMention d : dates) if (d.span() != null && d.span().start() <= t.span().start() && t.span().end() <= d.span().end()) return true;
        for (PlaceMention p : places) if (p.span().start() <= t.span().start() && t.span().end() <= p.span().end()) return true;
        return false;
    }

    /** A name also written in its own script: the Arabic beside the English transliteration. */
    private static boolean otherScript(Token t, Language language) {
        boolean arabic = !t.norm().isEmpty() && Normaliser.isArabicLetter(t.norm().codePointAt(0));
        return arabic != (language == Language.ARABIC);
    }
}
