package org.groundtruth.publish.report;

import org.groundtruth.account.Role;
import org.groundtruth.assessment.Assessment;
import org.groundtruth.audit.ChangeNote;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.publication.PublicationLedger;
import org.groundtruth.publication.PublishedIncident;
import org.groundtruth.publication.ReportAssembler;
import org.groundtruth.publication.ReportDocument;
import org.groundtruth.publication.ReportDraft;
import org.groundtruth.publication.ReportLanguage;
import org.groundtruth.publication.ReportSources;
import org.groundtruth.publication.ReportVersion;
import org.groundtruth.publication.SourceLicences;
import org.groundtruth.publication.StoredReport;
import org.groundtruth.store.Store;
import org.groundtruth.testimony.WitnessProtection;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Reports made from the store, for the command line and the server alike: a draft assembled under every publication
 * rule (refusing with {@link org.groundtruth.publication.PublicationRefusedException} or
 * {@link org.groundtruth.publication.EmptySelectionException}), rendered as PDF/A-3 or HTML, and a stored report
 * published as a frozen version (both files kept, their SHA-256 in the audit chain).
 */
public final class ReportEditions {
    private final Store store;
    private final Function<Incident, Assessment> assessor;
    private final WitnessProtection protection;
    private final Function<ReportLanguage, List<MapLabel>> places;
    private final Clock clock;

    /**
     * @param assessor   an incident's assessment as the public may read it (activity learned from published incidents)
     * @param places     place names for the map in a language (the gazetteer's); the incidents' own places are added
     */
    public ReportEditions(Store store, Function<Incident, Assessment> assessor, WitnessProtection protection,
                          Function<ReportLanguage, List<MapLabel>> places, Clock clock) {
        this.store = store;
        this.assessor = assessor;
        this.protection = protection;
        this.places = places;
        this.clock = clock;
    }

    /** The report the draft and today's data make, dated today (UTC). */
    public ReportDocument assemble(ReportDraft draft) {
        ReportSources.Gathered g = new ReportSources(store, assessor, protection).gather(draft.selection());
        SourceLicences licences = SourceLicences.of(store.port(PublicationLedger.PORT).licenceMarks());
        return new ReportAssembler(licences, g.protectedTerms()).assemble(draft, g.dossiers(), g.imports(), LocalDate.now(clock.withZone(java.time.ZoneOffset.UTC)));
    }

    /** The incidents a draft's selection covers today (listed ones whatever their status), for editing their narratives. */
    public List<Incident> incidents(org.groundtruth.publication.Selection selection) {
        return new ReportSources(store, assessor, protection).incidents(selection);
    }

    public byte[] render(ReportDocument doc, ReportVersion.Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        ReportRenderer r = new ReportRenderer(labels(doc));
        if (format == ReportVersion.Format.PDF) r.pdf(doc, out);
        else r.html(doc, out);
        return out.toByteArray();
    }

    /**
     * Publishes a stored report that is in review: assembles it from today's data, renders both files and freezes them
     * as its next version, in one transaction with the audit entry. Refusals leave it in review, unchanged.
     */
    public ReportVersion publish(long reportId, Role role, ChangeNote note) {
        PublicationLedger ledger = store.port(PublicationLedger.PORT);
        StoredReport report = ledger.report(reportId).orElseThrow(() -> new NoSuchElementException("no report " + reportId));
        if (report.status() != IncidentStatus.IN_REVIEW) {
            throw new IllegalStateException("report " + reportId + " is " + report.status().name().toLowerCase(java.util.Locale.ROOT)
                    + ": only a report in review is published");
        }
        ReportDocument doc = assemble(report.draft());
        ReportVersion.Frozen frozen = new ReportVersion.Frozen(doc.generatedOn(), doc.sections().size(), render(doc, ReportVersion.Format.PDF),
                render(doc, ReportVersion.Format.HTML));
        return ledger.publishVersion(reportId, frozen, role, note);
    }

    /** The gazetteer's places, and the places of the report's own incidents (ranked by the civilians killed there). */
    private List<MapLabel> labels(ReportDocument doc) {
        List<MapLabel> out = new ArrayList<>(places.apply(doc.language()));
        for (PublishedIncident i : doc.incidents()) {
            if (i.location().point() == null || i.location().placeName() == null) continue;
            Integer killed = i.casualties().killed().min();
            out.add(new MapLabel(i.location().placeName(), i.location().point().lat(), i.location().point().lon(), 1 + (killed == null ? 0 : killed)));
        }
        return out;
    }
}
