package org.groundtruth.publication;

import org.groundtruth.assessment.Assessment;
import org.groundtruth.assessment.AssessmentLedger;
import org.groundtruth.assessment.GradeSummary;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.claim.ClaimMatch;
import org.groundtruth.evidence.EvidenceItem;
import org.groundtruth.evidence.EvidenceLedger;
import org.groundtruth.incident.Incident;
import org.groundtruth.ingest.ImportRun;
import org.groundtruth.store.Store;
import org.groundtruth.testimony.Audience;
import org.groundtruth.testimony.TestimonyView;
import org.groundtruth.testimony.WitnessProtection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Gathers from the store's ports what a report draws on: one {@link IncidentDossier} per incident of the selection
 * (the incident with its reports, its stored grade and its assessment, its statements as a reviewer reads them and
 * never with the identity, its evidence by SHA-256 with custody status, its matched claims and the parties'
 * responses), the imports for the method section, and the protected terms the assembled text is checked against
 * (witnesses' names and contacts, opened with the testimony key; spotters' pseudonyms and posts).
 *
 * <p>Incidents listed by id are gathered whatever their status, so that the assembler refuses an unpublished one by
 * name instead of leaving it out in silence; otherwise only published incidents are read.
 */
public final class ReportSources {
    private final Store store;
    private final Function<Incident, Assessment> assessor;
    private final WitnessProtection protection;

    /**
     * @param assessor   the assessment of an incident as the public may read it (activity learned from published
     *                   incidents only)
     * @param protection the store's witness protection, with the key when the store holds statements
     */
    public ReportSources(Store store, Function<Incident, Assessment> assessor, WitnessProtection protection) {
        this.store = store;
        this.assessor = assessor;
        this.protection = protection;
    }

    /** What the assembler needs, gathered. */
    public record Gathered(List<IncidentDossier> dossiers, ProtectedTerms protectedTerms, List<ImportRun> imports) {
    }

    public Gathered gather(Selection selection) {
        List<Long> ids = selection.publicIds().isEmpty() ? publishedIds(selection) : listedIds(selection);
        PublicationLedger ledger = store.port(PublicationLedger.PORT);
        Set<String> terms = new LinkedHashSet<>(ledger.spotterNames());
        Map<Long, GradeSummary> grades = store.port(AssessmentLedger.PORT).summaries(ids);
        List<IncidentDossier> dossiers = new ArrayList<>(ids.size());
        for (long id : ids) {
            Incident incident = store.incidents().find(id).orElseThrow();
            dossiers.add(dossier(incident, grades.get(id), terms));
        }
        return new Gathered(dossiers, ProtectedTerms.of(List.copyOf(terms)), store.incidents().imports());
    }

    /**
     * The incidents the selection covers today, without their testimony, evidence or claims: what an editor lists to
     * write narratives. Listed ids are returned whatever their status (the assembler will refuse an unpublished one);
     * an unknown id is refused by name.
     */
    public List<Incident> incidents(Selection selection) {
        List<Long> ids = selection.publicIds().isEmpty() ? publishedIds(selection) : listedIds(selection);
        return ids.stream().map(id -> store.incidents().find(id).orElseThrow()).toList();
    }

    /** The published incidents of the selection, checked on their redacted values (grade, party) before loading more. */
    private List<Long> publishedIds(Selection selection) {
        PublicationLedger ledger = store.port(PublicationLedger.PORT);
        SourceLicences licences = SourceLicences.of(ledger.licenceMarks());
        List<Long> ids = new ArrayList<>();
        try (Stream<Publishable> rows = ledger.published(selection)) {
            rows.forEach(p -> {
                if (selection.matches(Redaction.forPublication(p.incident(), p.grade(), licences))) ids.add(p.incident().id());
            });
        }
        return ids;
    }

    private List<Long> listedIds(Selection selection) {
        List<Long> ids = new ArrayList<>();
        List<Refusal> unknown = new ArrayList<>();
        for (String publicId : selection.publicIds()) {
            Optional<Incident> i = store.incidents().findByPublicId(publicId);
            if (i.isPresent()) ids.add(i.get().id());
            else unknown.add(new Refusal(Refusal.Kind.UNKNOWN_REFERENCE, "incident " + publicId, "no incident has this public id"));
        }
        if (!unknown.isEmpty()) throw new PublicationRefusedException(unknown);
        return ids;
    }

    private IncidentDossier dossier(Incident incident, GradeSummary grade, Set<String> terms) {
        long id = incident.id();
        List<TestimonyView> statements = new ArrayList<>();
        for (TestimonyView t : protection.forIncident(id, protection.hasKey() ? Audience.ADMIN : Audience.REVIEWER)) {
            if (t.identity() != null) {
                terms.add(t.identity().name());
                if (t.identity().contact() != null) terms.add(t.identity().contact());
            }
            // the report reads statements as a reviewer: the text where it exists, never the identity or the interviewer
            statements.add(new TestimonyView(t.id(), t.incidentId(), t.pseudonym(), null, t.interviewedOn(), t.language(), t.consent(),
                    t.text(), t.textWithheld(), null, t.createdAt()));
        }
        EvidenceLedger evidence = store.port(EvidenceLedger.PORT);
        List<EvidenceLine> lines = new ArrayList<>();
        for (EvidenceItem item : evidence.forIncident(id)) lines.add(EvidenceLine.of(item, evidence.custody(item.id())));
        ClaimLedger claims = store.port(ClaimLedger.PORT);
        List<ClaimLine> claimLines = new ArrayList<>();
        for (ClaimMatch m : claims.matchesForIncident(id)) {
            claims.find(m.claimId()).ifPresent(c -> claimLines.add(ClaimLine.of(c.claim(), m)));
        }
        return new IncidentDossier(incident, grade, assessor.apply(incident), statements, lines, claimLines, claims.responsesFor(id));
    }
}
