package org.groundtruth.publication;

import org.groundtruth.assessment.GradeSummary;
import org.groundtruth.attribution.Party;
import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.incident.Report;
import org.groundtruth.place.Location;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The redaction rules, applied by the exporters and the report builder rather than left to a person (decision 0901):
 * <ul>
 *   <li>only published incidents leave; any other status is refused, naming the incident;</li>
 *   <li>no internal id, no report text, no evidence file name, no witness: a row carries the public id, the facts,
 *       the grade and the attribution, and references to its sources;</li>
 *   <li>a restricted source is only counted; a reference-only source (ACLED) is given by its own record id; an
 *       incident whose values came only from reference-only sources and that no person edited is exported as a
 *       reference, its values withheld.</li>
 * </ul>
 */
public final class Redaction {
    private Redaction() {
    }

    /** The incident as it may be published, or a refusal when it is not published. */
    public static PublishedIncident forPublication(Incident incident, GradeSummary grade, SourceLicences licences) {
        if (incident.status() != IncidentStatus.PUBLISHED) {
            throw new PublicationRefusedException(List.of(unpublished(incident)));
        }
        List<SourceReference> refs = new ArrayList<>();
        int restricted = 0;
        boolean anyOpenOrOwn = incident.editedByHand();
        for (Report r : incident.reports()) {
            SourceLicence l = licences.of(r.source().dataset());
            SourceReference ref = SourceReference.of(r, l);
            if (ref == null) restricted++;
            else if (!refs.contains(ref)) refs.add(ref);
            if (l.terms() != Republication.REFERENCE_ONLY) anyOpenOrOwn = true;
        }
        boolean withheld = !anyOpenOrOwn && !incident.reports().isEmpty();
        IncidentFacts f = incident.facts();
        List<String> parties = grade == null ? List.of() : grade.parties();
        String gradeCode = grade == null || grade.grade() == null ? null : grade.grade().code();
        if (withheld) {
            Location bare = Location.unplaced(null, null, null, f.location().countryCode());
            return new PublishedIncident(incident.publicId(), null, null, f.date(), bare, Casualties.UNKNOWN, Set.of(), List.of(),
                    List.of(), true, gradeCode, parties, partyLabel(parties), refs, restricted, incident.reports().size(),
                    incident.updatedAt(), f.kind());
        }
        return new PublishedIncident(incident.publicId(), f.title(), blankToNull(f.summary()), f.date(), f.location(), f.casualties(),
                f.objectsHit(), f.allegedPerpetrators(), f.weapons(), false, gradeCode, parties, partyLabel(parties), refs, restricted,
                incident.reports().size(), incident.updatedAt(), f.kind());
    }

    static Refusal unpublished(Incident incident) {
        return new Refusal(Refusal.Kind.UNPUBLISHED_INCIDENT, "incident " + incident.publicId() + " (#" + incident.id() + ")",
                "it is " + incident.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ", not published");
    }

    /** "Russian military or Syrian government" from stored party codes; "unknown"; null when never assessed. */
    static String partyLabel(List<String> codes) {
        if (codes.isEmpty()) return null;
        return codes.stream().map(c -> Party.parse(c).map(Party::label).orElse(c)).collect(Collectors.joining(" or "));
    }

    /**
     * Whether an attribution evidence line was made from a spotter's sighting ("sighting: ..."). Such lines may name
     * a spotter or a post, so a report counts them and never quotes them.
     */
    static boolean isSightingLine(String engineLine) {
        return engineLine.startsWith("sighting:");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
