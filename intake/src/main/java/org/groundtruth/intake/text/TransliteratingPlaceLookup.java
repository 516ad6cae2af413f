package org.groundtruth.intake.text;

import com.ibm.icu.text.Transliterator;
import org.groundtruth.extraction.Normaliser;
import org.groundtruth.extraction.PlaceLookup;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.gazetteer.MatchKind;
import org.groundtruth.gazetteer.Place;
import org.groundtruth.gazetteer.PlaceMatch;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The gazetteer, and for Arabic names it does not know in Arabic script, their Latin transliteration (ICU), so that
 * "إبديتا" finds Abdita and "تل السمن" Tall as Samn through their Latin names (docs/decisions/1003). The article is kept
 * apart ("الرقة" → "al-rqh") so that the gazetteer's article and sun-letter rules apply, and ayn and hamza marks are
 * dropped. A transliterated name is only taken when it matches exactly, in spelling or in consonant skeleton.
 */
public final class TransliteratingPlaceLookup implements PlaceLookup {
    private static final Pattern ARABIC = Pattern.compile("\\p{InArabic}");
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Arabic-Latin; Latin-ASCII");

    private final Gazetteer gazetteer;

    public TransliteratingPlaceLookup(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public Optional<PlaceMatch> lookup(String name, String governorateHint, String countryCode) {
        Optional<PlaceMatch> direct = gazetteer.lookup(name, governorateHint, countryCode);
        if (direct.isPresent() || name == null || !ARABIC.matcher(name).find()) return direct;
        // fuzzy matches of a transliteration found "Boratyn" for "بريطانيا": only sure readings are taken
        return gazetteer.lookup(latin(name), governorateHint, countryCode).filter(m -> m.kind() != MatchKind.FUZZY);
    }

    @Override
    public Optional<Place> governorate(String name, String countryCode) {
        return gazetteer.governorate(name, countryCode);
    }

    /** "الرقة" → "al-rqh"; "تل السمن" → "tl al-smn". */
    static String latin(String arabic) {
        StringBuilder b = new StringBuilder();
        for (String word : Normaliser.normalise(arabic).split("\\s+")) {
            if (word.isEmpty()) continue;
            if (!b.isEmpty()) b.append(' ');
            String w = word.startsWith("ال") && word.length() > 3 ? "ال-" + word.substring(2) : word;
            b.append(TO_LATIN.transliterate(w));
        }
        return b.toString().replace("'", "").replace("`", "").replace("ʿ", "").replace("ʾ", "");
    }
}
