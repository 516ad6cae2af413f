package org.groundtruth.textintake;

import org.groundtruth.extraction.Extraction;
import org.groundtruth.extraction.Language;
import org.groundtruth.extraction.PlaceLookup;
import org.groundtruth.extraction.RuleBasedExtractor;
import org.groundtruth.extraction.SourceText;
import org.groundtruth.extraction.TextExtractor;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.gazetteer.Place;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.LocationPrecision;

import java.time.OffsetDateTime;
import java.util.List;

/** Texts and an extractor over a handful of real places, for intake tests in every module. */
public final class IntakeForTest {
    /** The example, published the morning after. */
    public static final String EXAMPLE = "Civil Defence: 12 civilians, among them 5 children, were killed last night when warplanes that took off from "
            + "Hama airbase struck a bakery in Kafr Nabel, south of Idlib; Moscow called the reports fabricated";
    public static final OffsetDateTime MORNING_AFTER = OffsetDateTime.parse("2015-11-30T08:00+02:00");
    /** Two strikes on two days at two places. */
    public static final String TWO_STRIKES = "On 28 November 2015 an air strike hit the market in Ariha, killing 7 civilians. "
            + "On 29 November 2015 warplanes struck a mosque in Saraqib, killing 3 people.";

    private IntakeForTest() {
    }

    static Place town(String name, String arabic, double lat, double lon, String governorate, String... alternatives) {
        return new Place(name, arabic, List.of(alternatives), new Coordinates(lat, lon), LocationPrecision.TOWN, governorate, null, "SY", "test");
    }

    public static final Gazetteer GAZETTEER = new Gazetteer(List.of(
            town("Kafr Nabl", "كفرنبل", 35.614, 36.561, "Idlib", "Kafranbel", "Kafr Nabel"),
            town("Saraqib", "سراقب", 35.864, 36.806, "Idlib"),
            town("Ariha", "أريحا", 35.813, 36.609, "Idlib"),
            town("Hama", "حماة", 35.131, 36.757, "Hama"),
            new Place("Idlib", "إدلب", List.of("Idlib Governorate"), new Coordinates(35.8, 36.6), LocationPrecision.GOVERNORATE, "Idlib", null, "SY", "test"),
            new Place("Hama", "حماة", List.of(), new Coordinates(35.2, 36.9), LocationPrecision.GOVERNORATE, "Hama", null, "SY", "test")));

    public static TextExtractor extractor() {
        return new RuleBasedExtractor(PlaceLookup.of(GAZETTEER));
    }

    public static Extraction read(String text) {
        return extractor().extract(new SourceText(text, Language.ENGLISH, MORNING_AFTER, "https://example.org/news/1", "Civil Defence"));
    }

    /** A pasted text with the candidates the extractor proposes for it. */
    public static NewText pasted(String text) {
        Extraction e = read(text);
        return new NewText(e.source(), "text", null, TextOrigin.PASTED, e.candidates().stream().map(CandidateValues::of).toList(), e.notes());
    }

    /** A public submission (no URL, no author) with its candidates. */
    public static NewText submitted(String text) {
        Extraction e = extractor().extract(new SourceText(text, Language.ENGLISH, MORNING_AFTER, null, null));
        return new NewText(e.source(), "text", null, TextOrigin.SUBMITTED, e.candidates().stream().map(CandidateValues::of).toList(), e.notes());
    }
}
