package org.groundtruth.publication;

import org.groundtruth.assessment.GradeSummary;
import org.groundtruth.grading.Grade;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.incident.PublicId;
import org.groundtruth.incident.Report;
import org.groundtruth.incident.Source;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Small factories for publication tests: stored incidents with their reports, in any status. */
final class PublicationFixtures {
    private static final AtomicLong IDS = new AtomicLong(100);
    static final Instant T = Instant.parse("2016-01-10T10:00:00Z");

    private PublicationFixtures() {
    }

    static Report report(String originKey, Source source) {
        long id = IDS.incrementAndGet();
        return new Report(id, 0, originKey, source, "report text " + id, "en", T, T, 1);
    }

    static Report ucdp(String id) {
        return report("ucdp-ged:" + id, new Source("SOHR", "ucdp-ged", "https://example.org/ucdp/" + id));
    }

    static Report acled(String id) {
        return report("acled:" + id, new Source("Local monitor via ACLED", "acled", "https://example.org/acled/" + id));
    }

    static Report confidential(String name) {
        return report("manual:" + java.util.UUID.randomUUID(), new Source(name, "manual", null));
    }

    static Incident incident(IncidentFacts facts, IncidentStatus status, boolean editedByHand, Report... reports) {
        return new Incident(IDS.incrementAndGet(), PublicId.next(), facts, status, editedByHand, List.of(reports), T, T);
    }

    static Incident published(IncidentFacts facts, Report... reports) {
        return incident(facts, IncidentStatus.PUBLISHED, false, reports);
    }

    static IncidentFacts ariha() {
        return IncidentForTest.at(35.8126, 36.6096).on("2015-11-29").in("Ariha", "Idlib").killed(40, 49)
                .hitting(org.groundtruth.incident.CivilianObject.MARKET).by("Russian warplanes").facts();
    }

    static GradeSummary graded(Incident i, Grade g, String... parties) {
        return new GradeSummary(i.id(), g, false, List.of(parties));
    }
}
