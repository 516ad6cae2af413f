package org.groundtruth.publication;

import org.groundtruth.grading.Grade;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.groundtruth.publication.PublicationFixtures.*;

class RedactionTest {
    private final SourceLicences licences = SourceLicences.defaults();

    @Test
    void anUnpublishedIncidentIsRefusedByNameAndStatus() {
        for (IncidentStatus s : new IncidentStatus[]{IncidentStatus.DRAFT, IncidentStatus.IN_REVIEW, IncidentStatus.RETRACTED}) {
            Incident i = incident(ariha(), s, false, ucdp("1"));
            assertThatThrownBy(() -> Redaction.forPublication(i, null, licences))
                    .isInstanceOf(PublicationRefusedException.class)
                    .hasMessageContaining(i.publicId()).hasMessageContaining("not published");
        }
    }

    @Test
    void anOpenSourceIsNamedWithItsLinkAndLicence() {
        Incident i = published(ariha(), ucdp("214804"));
        PublishedIncident p = Redaction.forPublication(i, graded(i, Grade.FAIR, "russian_military"), licences);
        assertThat(p.sources()).singleElement().satisfies(s -> {
            assertThat(s.recordId()).isEqualTo("214804");
            assertThat(s.name()).isEqualTo("SOHR");
            assertThat(s.url()).isEqualTo("https://example.org/ucdp/214804");
            assertThat(s.licenceMark()).startsWith("CC BY 4.0");
        });
        assertThat(p.gradeCode()).isEqualTo("fair");
        assertThat(p.partyLabel()).isEqualTo("Russian military");
        assertThat(p.casualties().killed().display()).isEqualTo("40-49");
        assertThat(p.valuesWithheld()).isFalse();
    }

    @Test
    void aReferenceOnlySourceIsGivenByItsIdAlone() {
        Incident i = published(ariha(), ucdp("1"), acled("SYR7766"));
        PublishedIncident p = Redaction.forPublication(i, null, licences);
        SourceReference acled = p.sources().stream().filter(s -> s.dataset().equals("acled")).findFirst().orElseThrow();
        assertThat(acled.recordId()).isEqualTo("SYR7766");
        assertThat(acled.name()).isNull();
        assertThat(acled.url()).isNull();
        assertThat(acled.display()).isEqualTo("acled SYR7766");
    }

    @Test
    void anIncidentRestingOnlyOnReferenceOnlyRowsIsExportedAsAReference() {
        Incident i = published(ariha(), acled("SYR1"), acled("SYR2"));
        PublishedIncident p = Redaction.forPublication(i, null, licences);
        assertThat(p.valuesWithheld()).isTrue();
        assertThat(p.title()).isNull();
        assertThat(p.location().point()).isNull();
        assertThat(p.location().placeName()).isNull();
        assertThat(p.casualties().killed().isKnown()).isFalse();
        assertThat(p.sources()).extracting(SourceReference::recordId).containsExactly("SYR1", "SYR2");

        Incident edited = incident(ariha(), IncidentStatus.PUBLISHED, true, acled("SYR1"));
        assertThat(Redaction.forPublication(edited, null, licences).valuesWithheld())
                .as("facts a person set are the team's own").isFalse();
    }

    @Test
    void aRestrictedSourceIsOnlyCounted() {
        Incident i = published(ariha(), confidential("Abu Omar's network"), ucdp("9"));
        PublishedIncident p = Redaction.forPublication(i, null, licences);
        assertThat(p.restrictedSources()).isEqualTo(1);
        assertThat(p.sources()).extracting(SourceReference::dataset).containsExactly("ucdp-ged");
        assertThat(p.toString()).doesNotContain("Abu Omar").doesNotContain("report text").doesNotContain("#" + i.id());
    }

    @Test
    void aMarkOnImportOpensADatasetAndAnUnmarkedOneStaysRestricted() {
        assertThat(licences.of("my-mapping").terms()).isEqualTo(Republication.RESTRICTED);
        SourceLicences marked = SourceLicences.of(java.util.List.of(new SourceLicence("manual", Republication.OPEN, "CC BY 4.0", "Our team")));
        Incident i = published(ariha(), confidential("Airwars"));
        assertThat(Redaction.forPublication(i, null, marked).sources()).extracting(SourceReference::name).containsExactly("Airwars");
    }

    @Test
    void aLinkThatIsNotHttpIsDropped() {
        Incident i = published(ariha(), report("ucdp-ged:5", new org.groundtruth.incident.Source("SOHR", "ucdp-ged", "file:///home/me/notes.txt")));
        assertThat(Redaction.forPublication(i, null, licences).sources().getFirst().url()).isNull();
    }

    @Test
    void aContentHashKeyIsNoRecordId() {
        assertThat(SourceReference.recordId("geojson:" + "ab".repeat(16))).isNull();
        assertThat(SourceReference.recordId("acled:SYR1234")).isEqualTo("SYR1234");
    }
}
