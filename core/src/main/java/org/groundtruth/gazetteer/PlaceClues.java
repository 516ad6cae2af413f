package org.groundtruth.gazetteer;

import java.util.List;
import java.util.Objects;

/**
 * What a record says besides the name being looked up, used to choose between namesakes (docs/decisions/0211).
 *
 * @param governorate  governorate / oblast as written, or null
 * @param district     second-level area as written ("Ariha district"), or null
 * @param countryCode  ISO code or English name of the country the record is filed under, or null
 * @param otherNames   the other place names of the same record (a claim's other localities, the town of a
 *                     neighbourhood, "north of Hama" phrases): the place chosen should lie near them
 */
public record PlaceClues(String governorate, String district, String countryCode, List<String> otherNames) {
    public PlaceClues {
        otherNames = otherNames == null ? List.of() : otherNames.stream().filter(Objects::nonNull).toList();
    }

    public static PlaceClues of(String governorate, String countryCode) {
        return new PlaceClues(governorate, null, countryCode, List.of());
    }

    public PlaceClues withOtherNames(List<String> names) {
        return new PlaceClues(governorate, district, countryCode, names);
    }
}
