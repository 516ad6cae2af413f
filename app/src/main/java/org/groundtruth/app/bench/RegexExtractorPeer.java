package org.groundtruth.app.bench;

import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.gazetteer.Place;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The peer of {@code bench intake} (decision 1011): the regular-expression extractor of the published casualty-count
 * baselines (EACL 2023, 0.06-0.26 exact), with dates by pattern and places by exact look-up of every run of one to three
 * words in a dictionary of the gazetteer's names, as the simplest geoparsers do. It reads the same three languages and
 * returns how many values it found, so that its work cannot be skipped; it proposes no strikes and ties no value to
 * its words, and it is not scored.
 */
final class RegexExtractorPeer {
    private static final Pattern CASUALTIES = Pattern.compile(
            "(?iu)(\\d+|[\\p{L}]+)\\s+(?:\\p{L}+\\s+){0,3}?(killed|dead|died|wounded|injured|civilians|people|قتيل|قتلى|شهيد|شهداء|جريح|جرحى|مدني|مدنيين|شخص|اشخاص|загинул\\p{L}*|загибл\\p{L}*|поранен\\p{L}*|людей|осіб)");
    private static final Pattern DATES = Pattern.compile(
            "(?iu)\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b\\d{1,2}\\s+\\p{L}+\\s+\\d{4}\\b|\\b\\p{L}+\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}\\b"
                    + "|yesterday|last night|today|أمس|امس|اليوم|الليلة|вчора|сьогодні|минулої ночі|monday|tuesday|wednesday|thursday|friday|saturday|sunday");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’-]+");

    private final Set<String> names = new HashSet<>();

    RegexExtractorPeer(Gazetteer gazetteer) {
        for (Place p : gazetteer.places()) for (String n : p.allNames()) names.add(n.toLowerCase(Locale.ROOT));
    }

    /** The number of values found: casualty phrases, dates and place names. */
    int read(String text) {
        int found = 0;
        for (Matcher m = CASUALTIES.matcher(text); m.find(); ) found++;
        for (Matcher m = DATES.matcher(text); m.find(); ) found++;
        java.util.List<String> words = new java.util.ArrayList<>();
        for (Matcher m = WORD.matcher(text); m.find(); ) words.add(m.group().toLowerCase(Locale.ROOT));
        for (int i = 0; i < words.size(); i++) {
            StringBuilder b = new StringBuilder();
            for (int n = 0; n < 3 && i + n < words.size(); n++) {
                if (n > 0) b.append(' ');
                b.append(words.get(i + n));
                if (names.contains(b.toString())) found++;
            }
        }
        return found;
    }
}
