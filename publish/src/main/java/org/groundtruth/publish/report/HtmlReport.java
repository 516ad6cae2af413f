package org.groundtruth.publish.report;

import org.groundtruth.publication.Breakdown;
import org.groundtruth.publication.ClaimLine;
import org.groundtruth.publication.EvidenceLine;
import org.groundtruth.publication.IncidentSection;
import org.groundtruth.publication.MethodSection;
import org.groundtruth.publication.PublishedIncident;
import org.groundtruth.publication.ReportDocument;
import org.groundtruth.publication.SourceReference;
import org.groundtruth.publication.SummaryFigures;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static org.groundtruth.publish.report.Svg.esc;

/**
 * Writes a report as one XHTML document: the same markup feeds the PDF renderer and the self-contained HTML file, so
 * the two cannot say different things. Only the head differs: the HTML file carries its fonts and attachments inside
 * (data: URIs); the PDF gets them from the renderer.
 */
final class HtmlReport {
    enum Target { PDF, HTML }

    private final ReportDocument doc;
    private final Wording w;
    private final List<MapLabel> labels;
    private final Target target;
    private final Map<String, String> attachmentHrefs;
    private final StringBuilder b = new StringBuilder(256 * 1024);

    /** @param attachmentHrefs file name → href of each attachment ("incidents.csv" → "attachment:incidents.csv") */
    HtmlReport(ReportDocument doc, List<MapLabel> labels, Target target, Map<String, String> attachmentHrefs) {
        this.doc = doc;
        this.w = new Wording(doc.language());
        this.labels = labels;
        this.target = target;
        this.attachmentHrefs = attachmentHrefs;
    }

    String xhtml(String fontFaces) {
        String lang = doc.language().tag();
        b.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").append(lang).append("\" xml:lang=\"").append(lang)
                .append("\" dir=\"").append(doc.language().rightToLeft() ? "rtl" : "ltr").append("\"><head><meta charset=\"UTF-8\"/>")
                .append("<title>").append(esc(doc.title())).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(esc(doc.selection())).append("\"/>")
                .append("<meta name=\"author\" content=\"Groundtruth\"/>")
                .append("<style>").append(fontFaces).append(ReportStyle.css(doc.language().rightToLeft(), target == Target.PDF)).append("</style></head><body>");
        b.append("<h1>").append(esc(doc.title())).append("</h1>");
        p("meta", w.get("generated", doc.generatedOn().toString(), doc.selection()));
        summary();
        figures();
        method();
        incidents();
        listSection("recommendations", doc.recommendations());
        if (doc.conclusions() != null) {
            h2("conclusions");
            paragraphs(doc.conclusions());
        }
        evidenceAnnex();
        responsesAnnex();
        attachmentsAndLicences();
        b.append("</body></html>");
        return b.toString();
    }

    private void summary() {
        h2("summary");
        if (doc.introduction() != null) paragraphs(doc.introduction());
        SummaryFigures f = doc.figures();
        h3("figures");
        p(null, w.get("figures.lead", f.incidents(), f.firstDay(), f.lastDay(), w.range(f.killed()), w.range(f.injured())));
        p(null, w.get("figures.groups", w.range(f.childrenKilled()), w.range(f.womenKilled()), w.range(f.menKilled())));
        if (f.killed().unknown() > 0) p(null, w.get("figures.uncounted", f.killed().unknown()));
        if (f.withheld() > 0) p(null, w.get("figures.withheld", f.withheld()));
        table("table.governorate", "col.governorate", f.byGovernorate(), false);
        table("table.party", "col.party", f.byParty(), true);
    }

    private void table(String captionKey, String firstCol, List<Breakdown> rows, boolean parties) {
        b.append("<table><caption>").append(esc(w.get(captionKey))).append("</caption><thead><tr>");
        for (String c : List.of(firstCol, "col.incidents", "col.killed", "col.injured")) b.append("<th scope=\"col\">").append(esc(w.get(c))).append("</th>");
        b.append("</tr></thead><tbody>");
        for (Breakdown r : rows) {
            String label = r.label().equals("unknown") ? w.get("unknown") : parties ? partyLabel(r.label()) : r.label();
            b.append("<tr><th scope=\"row\">").append(esc(label)).append("</th><td>").append(r.incidents()).append("</td><td>")
                    .append(esc(w.range(r.killed()))).append("</td><td>").append(esc(w.range(r.injured()))).append("</td></tr>");
        }
        b.append("</tbody></table>");
    }

    /** The party label as the core gives it ("Russian military or Syrian government") in the report's language. */
    private String partyLabel(String englishLabel) {
        for (PublishedIncident i : doc.incidents()) {
            if (englishLabel.equals(i.partyLabel())) return w.parties(i.partyCodes());
        }
        return englishLabel;
    }

    private void figures() {
        List<PublishedIncident> incidents = doc.incidents();
        String map = MapFigure.svg(incidents, labels, w.get("map.alt", incidents.size()), w.get("map.credit"), w.get("km"));
        if (map != null) figure("map", map, w.get("map.alt", incidents.size()), w.get("map.caption"));
        SummaryFigures f = doc.figures();
        String alt = w.get("timeline.alt", f.incidents(), f.firstDay(), f.lastDay());
        String timeline = TimelineFigure.svg(incidents, alt, w.get("timeline.count"));
        if (timeline != null) figure("timeline", timeline, alt, w.get("timeline.caption"));
    }

    private void figure(String key, String svg, String alt, String caption) {
        h2(key);
        String withAlt = svg.replaceFirst("<svg ", "<svg alt=\"" + esc(alt) + "\" ");
        b.append("<figure><div class=\"figure\">").append(withAlt).append("</div><figcaption>").append(esc(caption)).append("</figcaption></figure>");
    }

    private void method() {
        MethodSection m = doc.method();
        h2("method");
        p(null, w.get("method.sources"));
        b.append("<ul>");
        for (MethodSection.DatasetLine d : m.datasets()) li(w.get("method.dataset", d.dataset(), d.reports(), d.incidents(), d.licenceMark()));
        if (m.restrictedReports() > 0) li(w.get("method.restricted", m.restrictedReports()));
        b.append("</ul>");
        if (!m.imports().isEmpty()) {
            p(null, w.get("method.imports"));
            b.append("<ul>");
            for (MethodSection.ImportLine i : m.imports()) {
                li(w.get("method.import", i.format(), String.valueOf(i.finishedOn()), i.rows(), i.fileSha256() == null ? "—" : i.fileSha256()));
            }
            b.append("</ul>");
        }
        String buckets = m.reportsPerIncident().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> w.get("method.reports.bucket." + e.getKey(), e.getValue())).collect(Collectors.joining("; "));
        p(null, w.get("method.reports", String.format(Locale.ROOT, "%.1f", m.meanReportsPerIncident()), buckets));
        p(null, w.get("method.places", counts("place", m.locationPrecision()), counts("by", m.placedBy())));
        p(null, w.get("method.dates", counts("date", m.datePrecision())));
        p(null, w.get("method.assessment", m.attributed(), m.attributedJointly(), m.unattributed(), m.graded()));
    }

    private <E extends Enum<E>> String counts(String prefix, Map<E, Integer> counts) {
        if (counts.isEmpty()) return w.get("none");
        return counts.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> w.label(prefix, e.getKey().name().toLowerCase(Locale.ROOT)) + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private void incidents() {
        h2("incidents");
        int number = 0;
        for (IncidentSection s : doc.sections()) {
            number++;
            PublishedIncident i = s.incident();
            b.append("<section class=\"incident\" id=\"i-").append(esc(i.publicId())).append("\">");
            b.append("<h3>").append(number).append(". ").append(esc(i.title() == null ? i.publicId() : i.title()))
                    .append(" <span class=\"id\">").append(esc(i.publicId())).append("</span></h3>");
            if (i.valuesWithheld()) p(null, w.get("incident.withheld"));
            b.append("<dl>");
            dt("incident.date", i.date().display() + " — " + w.get("incident.precision", w.label("date", i.date().precision().name().toLowerCase(Locale.ROOT))));
            if (!i.valuesWithheld()) {
                String place = String.join(", ", java.util.stream.Stream.of(i.location().placeName(), i.location().district(),
                        i.location().governorate(), i.location().countryCode()).filter(x -> x != null && !x.isBlank()).toList());
                String precision = w.get("incident.precision", w.label("place", i.location().precision().name().toLowerCase(Locale.ROOT)));
                if (i.location().isPlaced()) {
                    precision += ", " + w.get("incident.radius", String.format(Locale.ROOT, "%.1f", i.location().effectiveRadiusMetres() / 1000.0))
                            + String.format(Locale.ROOT, " (%.4f, %.4f)", i.location().point().lat(), i.location().point().lon());
                }
                dt("incident.place", (place.isEmpty() ? w.get("unknown") : place) + " — " + precision);
                if (!i.objectsHit().isEmpty()) {
                    dt("incident.hit", i.objectsHit().stream().map(o -> w.label("object", o.code())).sorted().collect(Collectors.joining(", ")));
                }
                var c = i.casualties();
                dt("incident.casualties", w.get("casualties.killed") + " " + w.range(c.killed()) + "; " + w.get("casualties.injured") + " "
                        + w.range(c.injured()) + "; " + w.get("casualties.children") + " " + w.range(c.childrenKilled()) + "; "
                        + w.get("casualties.women") + " " + w.range(c.womenKilled()) + "; " + w.get("casualties.men") + " " + w.range(c.menKilled()));
            }
            if (s.gradeLabel() != null) dt("incident.grade", i.gradeCode() == null ? s.gradeLabel() : w.label("grade", i.gradeCode()));
            b.append("</dl>");
            if (s.narrative() != null) {
                h4("incident.narrative");
                paragraphs(s.narrative());
            }
            quotes(s);
            claims(s);
            responses(s.responses());
            attribution(s);
            if (s.objectives() != null) {
                h4("incident.objectives");
                p(null, s.objectives().statement());
                if (s.objectives().caveat() != null) p("caveat", s.objectives().caveat());
            }
            if (!s.gradeReasons().isEmpty()) {
                b.append("<ul class=\"reasons\">");
                s.gradeReasons().forEach(this::li);
                b.append("</ul>");
            }
            if (!s.evidence().isEmpty()) {
                h4("incident.evidence");
                b.append("<ul class=\"hashes\">");
                for (EvidenceLine e : s.evidence()) li(e.mediaType() + " — " + e.sha256() + " — " + custody(e));
                b.append("</ul>");
            }
            sources(i);
            b.append("</section>");
        }
    }

    private void quotes(IncidentSection s) {
        if (s.quotes().isEmpty()) return;
        h4("incident.testimony");
        for (IncidentSection.Quote q : s.quotes()) {
            b.append("<blockquote");
            if (q.language() != null) b.append(" lang=\"").append(esc(q.language())).append("\" xml:lang=\"").append(esc(q.language())).append('"');
            b.append("><p>").append(esc(q.text())).append("</p></blockquote>");
            p("attribution-line", w.get("incident.quote.by", q.pseudonym(), String.valueOf(q.interviewedOn())));
        }
    }

    private void claims(IncidentSection s) {
        if (s.claims().isEmpty()) return;
        h4("incident.claims");
        b.append("<ul>");
        for (ClaimLine c : s.claims()) {
            String when = c.offsetDays() == 0 ? w.get("incident.claim.sameday")
                    : c.offsetDays() > 0 ? w.get("incident.claim.after", c.offsetDays()) : w.get("incident.claim.before", -c.offsetDays());
            String where = c.localityNames().isEmpty() ? "—" : String.join(", ", c.localityNames());
            String target = c.claimedTarget() == null ? "" : w.get("incident.claim.target", c.claimedTarget());
            li(w.get("incident.claim", c.party(), where, target, String.format(Locale.ROOT, "%.1f", c.distanceKm()), when));
        }
        b.append("</ul>");
    }

    private void responses(List<IncidentSection.ResponseLine> responses) {
        if (responses.isEmpty()) return;
        h4("incident.responses");
        for (IncidentSection.ResponseLine r : responses) {
            p("attribution-line", w.get("incident.response", r.party(), r.kindLabel(), String.valueOf(r.date())));
            if (r.text() != null) b.append("<blockquote><p>").append(esc(r.text())).append("</p></blockquote>");
        }
    }

    private void attribution(IncidentSection s) {
        if (s.attribution() == null) return;
        h4("incident.attribution");
        p(null, w.parties(s.incident().partyCodes()) + ". " + s.attribution().explanation());
        if (!s.attribution().evidenceFor().isEmpty()) {
            b.append("<ul>");
            s.attribution().evidenceFor().forEach(this::li);
            b.append("</ul>");
        }
        if (s.attribution().sightings() > 0) p(null, w.get("incident.sightings", s.attribution().sightings()));
    }

    private void sources(PublishedIncident i) {
        if (i.sources().isEmpty() && i.restrictedSources() == 0) return;
        h4("incident.sources");
        b.append("<ul class=\"sources\">");
        for (SourceReference r : i.sources()) {
            b.append("<li>").append(esc(r.display()));
            if (r.url() != null) b.append(" — <a href=\"").append(esc(r.url())).append("\">").append(esc(r.url())).append("</a>");
            b.append("</li>");
        }
        if (i.restrictedSources() > 0) li(w.get("incident.restricted", i.restrictedSources()));
        b.append("</ul>");
    }

    private void evidenceAnnex() {
        boolean any = doc.sections().stream().anyMatch(s -> !s.evidence().isEmpty());
        if (!any) return;
        h2("annex.evidence");
        b.append("<table class=\"evidence\"><thead><tr>");
        for (String c : List.of("evidence.incident", "evidence.sha256", "evidence.type", "evidence.size", "evidence.recorded", "evidence.custody")) {
            b.append("<th scope=\"col\">").append(esc(w.get(c))).append("</th>");
        }
        b.append("</tr></thead><tbody>");
        for (IncidentSection s : doc.sections()) {
            for (EvidenceLine e : s.evidence()) {
                b.append("<tr><td>").append(esc(s.incident().publicId())).append("</td><td class=\"hash\">").append(esc(e.sha256()))
                        .append("</td><td>").append(esc(e.mediaType())).append("</td><td>").append(e.sizeBytes()).append("</td><td>")
                        .append(e.recordedOn()).append("</td><td>").append(esc(custody(e))).append("</td></tr>");
            }
        }
        b.append("</tbody></table>");
    }

    private String custody(EvidenceLine e) {
        return w.get(e.custodyIntact() ? "custody.intact" : "custody.broken", e.custodyEntries());
    }

    private void responsesAnnex() {
        boolean any = doc.sections().stream().anyMatch(s -> !s.responses().isEmpty());
        if (!any) return;
        h2("annex.responses");
        for (IncidentSection s : doc.sections()) {
            for (IncidentSection.ResponseLine r : s.responses()) {
                p("attribution-line", s.incident().publicId() + " — " + w.get("incident.response", r.party(), r.kindLabel(), String.valueOf(r.date())));
                if (r.text() != null) b.append("<blockquote><p>").append(esc(r.text())).append("</p></blockquote>");
                if (r.sourceUrl() != null) p("source", r.sourceUrl());
            }
        }
    }

    private void attachmentsAndLicences() {
        h2("attachments");
        p(null, w.get("attachments.text"));
        b.append("<ul>");
        link("incidents.csv", "text/csv", w.get("attachment.csv"));
        link("incidents.geojson", "application/geo+json", w.get("attachment.geojson"));
        b.append("</ul>");
        if (!doc.licenceMarks().isEmpty()) {
            h2("licences");
            b.append("<ul>");
            doc.licenceMarks().forEach(this::li);
            b.append("</ul>");
        }
    }

    private void link(String file, String type, String title) {
        String href = attachmentHrefs.get(file);
        if (href == null) { // the PDF carries its attachments as associated files, listed by name here
            li(title + " — " + file);
            return;
        }
        b.append("<li><a href=\"").append(esc(href)).append("\" download=\"").append(file).append("\" relationship=\"Data\" data-content-type=\"")
                .append(type).append("\" title=\"").append(esc(title)).append("\">").append(esc(title)).append(" — ").append(file).append("</a></li>");
    }

    private void listSection(String key, List<String> items) {
        if (items.isEmpty()) return;
        h2(key);
        b.append("<ol>");
        items.forEach(this::li);
        b.append("</ol>");
    }

    private void paragraphs(String text) {
        for (String para : text.split("\\n\\s*\\n")) p(null, para.strip());
    }

    private void h2(String key) {
        b.append("<h2>").append(esc(w.get(key))).append("</h2>");
    }

    private void h3(String key) {
        b.append("<h3>").append(esc(w.get(key))).append("</h3>");
    }

    private void h4(String key) {
        b.append("<h4>").append(esc(w.get(key))).append("</h4>");
    }

    private void dt(String key, String value) {
        b.append("<dt>").append(esc(w.get(key))).append("</dt><dd>").append(esc(value)).append("</dd>");
    }

    private void p(String cssClass, String text) {
        b.append(cssClass == null ? "<p>" : "<p class=\"" + cssClass + "\">").append(esc(text)).append("</p>");
    }

    private void li(String text) {
        b.append("<li>").append(esc(text)).append("</li>");
    }
}
