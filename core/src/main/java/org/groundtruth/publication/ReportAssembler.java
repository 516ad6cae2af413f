package org.groundtruth.publication;

import org.groundtruth.assessment.Assessment;
import org.groundtruth.attribution.Candidate;
import org.groundtruth.claim.Response;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.incident.Report;
import org.groundtruth.ingest.ImportRun;
import org.groundtruth.testimony.TestimonyView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a report from a draft and the dossiers of its incidents, applying the publication rules first. It refuses,
 * naming every reason at once (decision 0902), when the report would include an unpublished incident, quote a
 * statement whose witness did not consent, name a restricted source in an author's text, or print a protected term
 * (a witness's or a spotter's name); and it says so plainly when nothing matches the selection.
 */
public final class ReportAssembler {
    private final SourceLicences licences;
    private final ProtectedTerms protectedTerms;

    public ReportAssembler(SourceLicences licences, ProtectedTerms protectedTerms) {
        this.licences = licences;
        this.protectedTerms = protectedTerms;
    }

    public ReportDocument assemble(ReportDraft draft, List<IncidentDossier> dossiers, List<ImportRun> imports, LocalDate today) {
        List<Refusal> refusals = new ArrayList<>();
        List<IncidentDossier> chosen = new ArrayList<>();
        Map<IncidentDossier, PublishedIncident> rows = new HashMap<>();
        for (IncidentDossier d : dossiers) {
            if (d.incident().status() != IncidentStatus.PUBLISHED) {
                refusals.add(Redaction.unpublished(d.incident()));
                continue;
            }
            PublishedIncident row = Redaction.forPublication(d.incident(), d.grade(), licences);
            if (!draft.selection().matches(row)) continue;
            chosen.add(d);
            rows.put(d, row);
        }
        if (refusals.isEmpty() && chosen.isEmpty()) throw new EmptySelectionException(draft.selection());
        chosen.sort(Comparator.comparing((IncidentDossier d) -> d.incident().facts().date().firstDay())
                .thenComparing(d -> d.incident().publicId()));
        checkReferences(draft, chosen, refusals);
        ProtectedTerms terms = protectedTerms.plus(restrictedSourceNames(chosen));
        checkAuthorsText(draft, restrictedSourceNames(chosen), refusals);
        if (!refusals.isEmpty()) throw new PublicationRefusedException(refusals);

        List<String> restrictedNames = restrictedSourceNames(chosen);
        List<IncidentSection> sections = chosen.stream().map(d -> section(d, rows.get(d), draft, restrictedNames)).toList();
        List<PublishedIncident> published = sections.stream().map(IncidentSection::incident).toList();
        Set<String> marks = new LinkedHashSet<>();
        published.forEach(p -> p.sources().forEach(s -> marks.add(s.licenceMark())));
        ReportDocument doc = new ReportDocument(draft.title(), draft.language(), today, draft.selection().describe(),
                draft.introduction(), SummaryFigures.of(published), MethodSection.of(published, imports), sections,
                draft.recommendations(), draft.conclusions(), List.copyOf(marks));
        checkProtectedTerms(doc, terms);
        return doc;
    }

    private void checkReferences(ReportDraft draft, List<IncidentDossier> chosen, List<Refusal> refusals) {
        Set<String> ids = new HashSet<>();
        Map<Long, TestimonyView> statements = new HashMap<>();
        for (IncidentDossier d : chosen) {
            ids.add(d.incident().publicId());
            d.testimony().forEach(t -> statements.put(t.id(), t));
        }
        for (String id : draft.narratives().keySet()) {
            if (!ids.contains(id)) refusals.add(new Refusal(Refusal.Kind.UNKNOWN_REFERENCE, "narrative for incident " + id,
                    "that incident is not in the report's selection"));
        }
        if (draft.quotedStatements() == null) return;
        for (long id : draft.quotedStatements()) {
            TestimonyView t = statements.get(id);
            if (t == null) {
                refusals.add(new Refusal(Refusal.Kind.UNKNOWN_REFERENCE, "statement " + id, "no statement of the report's incidents has this id"));
            } else if (!t.consent().textMayLeave()) {
                refusals.add(new Refusal(Refusal.Kind.TESTIMONY_WITHOUT_CONSENT, "statement " + id + " (" + t.pseudonym() + ")",
                        "the witness's consent is " + t.consent().code() + ": its text may not be published"));
            }
        }
    }

    /** Names of the selection's restricted sources: an author's text may not name them. */
    private List<String> restrictedSourceNames(List<IncidentDossier> chosen) {
        List<String> names = new ArrayList<>();
        for (IncidentDossier d : chosen) {
            for (Report r : d.incident().reports()) {
                if (licences.of(r.source().dataset()).terms() == Republication.RESTRICTED && r.source().name() != null) {
                    names.add(r.source().name());
                }
            }
        }
        return names;
    }

    private static void checkAuthorsText(ReportDraft draft, List<String> restrictedNames, List<Refusal> refusals) {
        ProtectedTerms restricted = ProtectedTerms.of(restrictedNames);
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        texts.put("introduction", draft.introduction());
        texts.put("conclusions", draft.conclusions());
        for (int k = 0; k < draft.recommendations().size(); k++) texts.put("recommendation " + (k + 1), draft.recommendations().get(k));
        draft.narratives().forEach((id, text) -> texts.put("narrative of incident " + id, text));
        texts.forEach((where, text) -> {
            if (restricted.foundIn(text)) {
                refusals.add(new Refusal(Refusal.Kind.RESTRICTED_SOURCE, where, "it names a source whose dataset is restricted "
                        + "(mark the dataset's licence to publish it, or leave the name out)"));
            }
        });
    }

    private static void checkProtectedTerms(ReportDocument doc, ProtectedTerms terms) {
        List<Refusal> found = new ArrayList<>();
        for (Map.Entry<String, String> e : doc.texts()) {
            if (terms.foundIn(e.getValue())) {
                found.add(new Refusal(Refusal.Kind.PROTECTED_TERM, e.getKey(), "it contains a protected name (a witness, a spotter or a confidential source)"));
            }
        }
        if (!found.isEmpty()) throw new PublicationRefusedException(found);
    }

    /**
     * What the engines wrote (grade reasons, attribution, objective analysis) may name a report's source ("a single
     * credible independent source (Monitor X)"); a restricted source's name is replaced there by the exporter, not left
     * for a person to notice. An author's own text naming one is refused instead ({@link #checkAuthorsText}).
     */
    static String withoutNames(String text, List<String> restrictedNames) {
        if (text == null) return null;
        String out = text;
        for (String name : restrictedNames) {
            if (name.isBlank()) continue;
            out = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(name.strip()),
                    java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(out).replaceAll("a confidential source");
        }
        return out;
    }

    private static IncidentSection section(IncidentDossier d, PublishedIncident row, ReportDraft draft, List<String> restrictedNames) {
        Incident i = d.incident();
        String narrative = draft.narratives().getOrDefault(i.publicId(), row.summary());
        List<IncidentSection.Quote> quotes = d.testimony().stream()
                .filter(t -> t.consent().textMayLeave() && t.text() != null)
                .filter(t -> draft.quotedStatements() == null || draft.quotedStatements().contains(t.id()))
                .map(t -> new IncidentSection.Quote(t.pseudonym(), t.language(), t.interviewedOn(), t.text())).toList();
        List<IncidentSection.ResponseLine> responses = d.responses().stream().map(ReportAssembler::response).toList();
        Assessment a = d.assessment();
        IncidentSection.AttributionNote attribution = a == null ? null : attribution(a, restrictedNames);
        IncidentSection.ObjectiveNote objectives = a == null || a.objectives() == null ? null
                : new IncidentSection.ObjectiveNote(withoutNames(a.objectives().statement(), restrictedNames),
                withoutNames(a.objectives().caveat(), restrictedNames));
        String gradeLabel = a != null ? a.grade().effective().label()
                : d.grade() != null && d.grade().grade() != null ? d.grade().grade().label() : null;
        List<String> reasons = a == null ? List.of() : a.grade().reasons().stream().map(r -> withoutNames(r, restrictedNames)).toList();
        return new IncidentSection(row, narrative, quotes, d.evidence(), d.claims(), responses, attribution, objectives, gradeLabel, reasons);
    }

    private static IncidentSection.ResponseLine response(Response r) {
        return new IncidentSection.ResponseLine(r.party(), r.kind().label(), r.date(), r.text(), r.source().url());
    }

    private static IncidentSection.AttributionNote attribution(Assessment a, List<String> restrictedNames) {
        List<String> lines = new ArrayList<>();
        int sightings = 0;
        Set<org.groundtruth.attribution.Party> verdict = a.attribution().verdict();
        for (Candidate c : a.attribution().candidates()) {
            if (!verdict.contains(c.party())) continue;
            for (String line : c.evidenceFor()) {
                if (Redaction.isSightingLine(line)) sightings++;
                else lines.add(withoutNames(line, restrictedNames));
            }
        }
        return new IncidentSection.AttributionNote(a.attribution().verdictLabel(), withoutNames(a.attribution().explanation(), restrictedNames),
                lines, sightings);
    }
}
