package org.groundtruth.publication;

import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.place.Location;
import org.groundtruth.time.IncidentDate;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One published incident as it may leave the system: made only by {@link Redaction}, so that every export and report
 * sees the same redacted values. It has no internal id, no report text, no witness and no restricted source.
 *
 * @param title             the title, null when withheld (values copied from a reference-only source)
 * @param summary           the team's summary, null when there is none or it is withheld
 * @param valuesWithheld    true when the incident's values came only from sources whose terms forbid republishing
 *                          them: then only the date, the public id and the references are given (decision 0901)
 * @param gradeCode         the effective grade's code ("fair"), null when never graded
 * @param partyCodes        attributed parties' codes, ["unknown"], or empty when never assessed
 * @param partyLabel        "Russian military or Syrian government", "unknown", or null when never assessed
 * @param sources           references to the open and reference-only sources
 * @param restrictedSources how many reports came from sources that stay confidential
 * @param reportCount       how many reports the incident rests on
 */
public record PublishedIncident(String publicId, String title, String summary, IncidentDate date, Location location,
                                Casualties casualties, Set<CivilianObject> objectsHit, List<String> allegedPerpetrators,
                                List<String> weapons, boolean valuesWithheld, String gradeCode, List<String> partyCodes,
                                String partyLabel, List<SourceReference> sources, int restrictedSources, int reportCount,
                                Instant updatedAt, org.groundtruth.incident.EventKind kind) {
    /** An incident whose kind nobody coded. */
    public PublishedIncident(String publicId, String title, String summary, IncidentDate date, Location location,
                             Casualties casualties, Set<CivilianObject> objectsHit, List<String> allegedPerpetrators,
                             List<String> weapons, boolean valuesWithheld, String gradeCode, List<String> partyCodes,
                             String partyLabel, List<SourceReference> sources, int restrictedSources, int reportCount,
                             Instant updatedAt) {
        this(publicId, title, summary, date, location, casualties, objectsHit, allegedPerpetrators, weapons, valuesWithheld,
                gradeCode, partyCodes, partyLabel, sources, restrictedSources, reportCount, updatedAt, null);
    }

    public PublishedIncident {
        kind = Objects.requireNonNullElse(kind, org.groundtruth.incident.EventKind.UNKNOWN);
        Objects.requireNonNull(publicId, "publicId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(casualties, "casualties");
        objectsHit = Set.copyOf(objectsHit);
        allegedPerpetrators = List.copyOf(allegedPerpetrators);
        weapons = List.copyOf(weapons);
        partyCodes = List.copyOf(partyCodes);
        sources = List.copyOf(sources);
        if (restrictedSources < 0 || reportCount < 0) throw new IllegalArgumentException("negative count");
    }

    /** The governorate as given ("IDLIB" read as "Idlib", so that one governorate is one row), or "unknown". */
    public String governorateOrUnknown() {
        String g = location.governorate();
        if (g == null || g.isBlank()) return "unknown";
        g = g.strip().replaceAll("\\s+", " ");
        if (!g.equals(g.toUpperCase(java.util.Locale.ROOT))) return g;
        StringBuilder b = new StringBuilder(g.length());
        for (int k = 0; k < g.length(); k++) {
            char ch = g.charAt(k);
            boolean wordStart = k == 0 || !Character.isLetter(g.charAt(k - 1));
            b.append(wordStart ? ch : Character.toLowerCase(ch));
        }
        return b.toString();
    }

    /** The attributed party label, or "unknown" when unassessed. */
    public String partyOrUnknown() {
        return partyLabel == null ? "unknown" : partyLabel;
    }
}
