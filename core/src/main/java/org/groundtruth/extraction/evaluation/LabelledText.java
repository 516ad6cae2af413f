package org.groundtruth.extraction.evaluation;

import org.groundtruth.extraction.SourceText;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A text with what a person labelled in it.
 *
 * @param id        stable id in its set ("ar-07", "ucdp-article-215699")
 * @param source    the text, its language and publication time
 * @param strikes   the strikes it describes
 * @param responses replies of parties as "party:kind" ("russian_military:denial"), or NOT_LABELLED
 * @param aircraft  aircraft codes named anywhere in the text, or NOT_LABELLED
 * @param munitions munition codes named anywhere, or NOT_LABELLED
 * @param bases     air bases named, or NOT_LABELLED
 * @param events    event codes labelled (take_off, overflight), or NOT_LABELLED
 */
public record LabelledText(String id, SourceText source, List<LabelledStrike> strikes, Gold.Codes responses, Gold.Codes aircraft,
                           Gold.Codes munitions, Gold.Codes bases, Gold.Codes events) {
    public LabelledText {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        strikes = List.copyOf(strikes);
    }

    public static Gold.Codes codes(Set<String> s) {
        return Gold.Codes.of(s);
    }
}
