package org.groundtruth.publish.report;

import org.groundtruth.publication.ClaimLine;
import org.groundtruth.publication.EvidenceLine;
import org.groundtruth.publication.IncidentSection;
import org.groundtruth.publication.MethodSection;
import org.groundtruth.publication.PublishedIncident;
import org.groundtruth.publication.ReportDocument;
import org.groundtruth.publication.ReportLanguage;
import org.groundtruth.publication.SummaryFigures;
import org.groundtruth.publish.PublishedForTest;
import org.groundtruth.time.IncidentDate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-made report documents: the Ariha case and its neighbours, in English or Arabic, or many incidents. */
final class ReportForTest {
    private ReportForTest() {
    }

    static ReportDocument of(ReportLanguage language) {
        return of(language, PublishedForTest.three());
    }

    static ReportDocument of(ReportLanguage language, List<PublishedIncident> rows) {
        boolean ar = language == ReportLanguage.AR;
        List<IncidentSection> sections = new ArrayList<>();
        for (PublishedIncident i : rows) sections.add(section(i, ar));
        List<org.groundtruth.ingest.ImportRun> runs = List.of(new org.groundtruth.ingest.ImportRun(1, "ged.csv", "ucdp-ged", "ab".repeat(32),
                Instant.parse("2016-01-02T10:00:00Z"), Instant.parse("2016-01-02T10:01:00Z"), 16_566, 0, 0, 12));
        return new ReportDocument(ar ? "غارات على المدنيين في إدلب وحماة" : "Civilians under fire: air strikes in Idlib and Hama",
                language, LocalDate.of(2016, 1, 15), "period 2015-09-30 to 2015-11-29",
                ar ? "وثّقنا هجمات أصابت منازل وسوقاً ومنشأة طبية، من دون هدف عسكري ظاهر في الجوار."
                        : "We documented attacks that hit homes, a busy market and a medical facility, with no evident military target nearby.",
                SummaryFigures.of(rows), MethodSection.of(rows, runs), sections,
                List.of(ar ? "على الأطراف أن تتوقف عن الهجمات العشوائية." : "Stop attacks that do not distinguish civilians from military objectives.",
                        ar ? "التحقيق في الحوادث ونشر النتائج." : "Investigate these incidents and publish the findings."),
                ar ? "قد ترقى بعض هذه الهجمات إلى جرائم حرب." : "Some of these attacks may amount to war crimes.",
                rows.stream().flatMap(r -> r.sources().stream()).map(s -> s.licenceMark()).distinct().toList());
    }

    private static IncidentSection section(PublishedIncident i, boolean ar) {
        if (i.valuesWithheld()) {
            return new IncidentSection(i, null, List.of(), List.of(), List.of(), List.of(), null, null, null, List.of());
        }
        List<IncidentSection.Quote> quotes = List.of(new IncidentSection.Quote("Witness A, Ariha", "ar", LocalDate.of(2015, 12, 2),
                "كان السوق مزدحماً حين سقطت القنابل، وكان الناس يشترون الخضار."));
        List<EvidenceLine> evidence = List.of(new EvidenceLine("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "video/mp4",
                48_213_330, LocalDate.of(2015, 11, 30), 3, true));
        List<ClaimLine> claims = List.of(new ClaimLine("Russian Ministry of Defence", IncidentDate.onDay(i.date().firstDay()), List.of("Ariha"),
                "a terrorist command post", 3.2, 0, "https://example.org/mod/2015-11-29"));
        List<IncidentSection.ResponseLine> responses = List.of(new IncidentSection.ResponseLine("Russian Ministry of Defence", "called it fake",
                LocalDate.of(2015, 12, 23), "These reports are fakes.", "https://example.org/mod/2015-12-23"));
        var attribution = new IncidentSection.AttributionNote(i.partyLabel(), "Most likely Russian military (0.81; next Syrian government 0.17), from 3 piece(s) of evidence.",
                List.of("named by the sources (x3.00)", "the party's own claim matches (score 0.84)"), 1);
        var objectives = new IncidentSection.ObjectiveNote("No military objective known within 5 km of a market struck at midday.",
                "Objectives unknown to us may exist; the absence of a known one is not proof that there was none.");
        return new IncidentSection(i, ar ? "سقطت عدة قنابل على السوق المزدحم في منتصف النهار." : i.summary(), quotes, evidence, claims, responses,
                attribution, objectives, "Fair", List.of("two independent sources", "belligerent action nearby"));
    }

    static List<MapLabel> labels() {
        return List.of(new MapLabel("Idlib", 35.9306, 36.6339, 165_000), new MapLabel("Ariha", 35.8126, 36.6096, 40_000),
                new MapLabel("Hama", 35.1318, 36.7578, 850_000), new MapLabel("Maarat al-Numan", 35.6436, 36.6710, 80_000),
                new MapLabel("Latamneh", 35.3197, 36.6196, 20_000), new MapLabel("Jisr al-Shughur", 35.8126, 36.3178, 45_000));
    }
}
