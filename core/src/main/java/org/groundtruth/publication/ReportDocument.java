package org.groundtruth.publication;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A report ready to render: every part redacted and every figure computed. Made by {@link ReportAssembler}.
 *
 * @param licenceMarks the credit lines of every open or reference-only dataset the report draws on
 */
public record ReportDocument(String title, ReportLanguage language, LocalDate generatedOn, String selection, String introduction,
                             SummaryFigures figures, MethodSection method, List<IncidentSection> sections,
                             List<String> recommendations, String conclusions, List<String> licenceMarks) {
    public ReportDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(generatedOn, "generatedOn");
        sections = List.copyOf(sections);
        recommendations = List.copyOf(recommendations);
        licenceMarks = List.copyOf(licenceMarks);
    }

    /** The incidents in report order, for the map, the timeline and the attachments. */
    public List<PublishedIncident> incidents() {
        return sections.stream().map(IncidentSection::incident).toList();
    }

    /**
     * Every piece of text the report will print, by where it is: what the protected-term check reads and what a
     * leak test greps.
     */
    public List<Map.Entry<String, String>> texts() {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        add(out, "title", title);
        add(out, "introduction", introduction);
        add(out, "conclusions", conclusions);
        add(out, "selection", selection);
        for (int k = 0; k < recommendations.size(); k++) add(out, "recommendation " + (k + 1), recommendations.get(k));
        licenceMarks.forEach(m -> add(out, "licence mark", m));
        for (IncidentSection s : sections) {
            String where = "incident " + s.incident().publicId();
            add(out, where + " title", s.incident().title());
            add(out, where + " place", s.incident().location().placeName());
            add(out, where + " district", s.incident().location().district());
            add(out, where + " governorate", s.incident().location().governorate());
            s.incident().allegedPerpetrators().forEach(a -> add(out, where + " alleged perpetrator", a));
            s.incident().weapons().forEach(w -> add(out, where + " weapon", w));
            add(out, where + " grade", s.gradeLabel());
            s.gradeReasons().forEach(r -> add(out, where + " grade reason", r));
            add(out, where + " narrative", s.narrative());
            for (IncidentSection.Quote q : s.quotes()) {
                add(out, where + " quote of " + q.pseudonym(), q.text());
                add(out, where + " pseudonym", q.pseudonym());
            }
            for (SourceReference r : s.incident().sources()) add(out, where + " source", r.display());
            for (IncidentSection.ResponseLine r : s.responses()) {
                add(out, where + " response of " + r.party(), r.text());
                add(out, where + " response party", r.party());
                add(out, where + " response link", r.sourceUrl());
            }
            for (ClaimLine c : s.claims()) {
                add(out, where + " claim of " + c.party(), c.claimedTarget());
                add(out, where + " claim party", c.party());
                c.localityNames().forEach(n -> add(out, where + " claimed locality", n));
                add(out, where + " claim link", c.sourceUrl());
            }
            if (s.attribution() != null) {
                add(out, where + " attribution", s.attribution().verdict());
                add(out, where + " attribution", s.attribution().explanation());
                s.attribution().evidenceFor().forEach(e -> add(out, where + " attribution evidence", e));
            }
            if (s.objectives() != null) {
                add(out, where + " objectives", s.objectives().statement());
                add(out, where + " objectives caveat", s.objectives().caveat());
            }
        }
        return out;
    }

    private static void add(List<Map.Entry<String, String>> out, String where, String text) {
        if (text != null && !text.isBlank()) out.add(Map.entry(where, text));
    }
}
