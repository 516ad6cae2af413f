package org.groundtruth.storage.intake;

import org.groundtruth.claim.ResponseKind;
import org.groundtruth.extraction.DateMention;
import org.groundtruth.extraction.PlaceMention;
import org.groundtruth.extraction.Span;
import org.groundtruth.extraction.TermKind;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.CountRange;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.storage.account.Snapshot;
import org.groundtruth.textintake.CandidateValues;
import org.groundtruth.time.DatePrecision;
import org.groundtruth.time.IncidentDate;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The stored form of a candidate is written without reflection, and is the text the audit-style snapshot gave before. */
class CandidateJsonTest {
    private static final Span S = new Span(3, 17);

    static CandidateValues full() {
        CandidateValues.PlaceValue kafrNabl = new CandidateValues.PlaceValue("Kafr Nabl", "Idlib", null, "SY", LocationPrecision.TOWN, 35.614,
                36.561, PlaceMention.Role.SITE, "Kafr Nabel \"old\" \u0643\u0641\u0631\u0646\u0628\u0644", new Span(40, 50));
        CandidateValues.PlaceValue idlib = new CandidateValues.PlaceValue("Idlib", "Idlib", "Idlib District", "SY", LocationPrecision.GOVERNORATE,
                35.8, 36.6, PlaceMention.Role.REFERENCE, null, new Span(60, 65));
        IncidentDate night = new IncidentDate(LocalDate.of(2015, 11, 29), LocalDate.of(2015, 11, 29), LocalTime.of(23, 30), ZoneOffset.ofHours(2),
                DatePrecision.PART_OF_DAY);
        return new CandidateValues(new Span(0, 120),
                new CandidateValues.DateValue(night, DateMention.PartOfDay.NIGHT, DateMention.Basis.values()[0], S), kafrNabl, List.of(kafrNabl, idlib),
                List.of(new CandidateValues.FigureValue(CandidateValues.Figure.KILLED, CountRange.of(12, 12), "EXACT", List.of(S, new Span(20, 22))),
                        new CandidateValues.FigureValue(CandidateValues.Figure.CHILDREN, CountRange.of(5, null), "AT_LEAST", List.of())),
                Set.of(CivilianObject.MARKET, CivilianObject.RESIDENTIAL),
                List.of(new CandidateValues.TermValue(TermKind.PARTY, "russian_military", S), new CandidateValues.TermValue(TermKind.AIRCRAFT, "warplane", S)),
                List.of(new CandidateValues.ResponseValue("russian_military", ResponseKind.CALLED_FAKE, new Span(100, 110), new Span(90, 96))));
    }

    static CandidateValues bare() {
        return new CandidateValues(new Span(0, 5), null, null, List.of(), List.of(), Set.of(), List.of(), List.of());
    }

    @Test
    void writesTheTextTheSnapshotWroteAndReadsItBack() {
        for (CandidateValues v : List.of(full(), bare())) {
            assertThat(CandidateJson.write(v)).isEqualTo(Snapshot.of(v));
            assertThat(CandidateJson.read(CandidateJson.write(v))).isEqualTo(v);
        }
        CandidateValues assumed = new CandidateValues(new Span(0, 5), new CandidateValues.DateValue(IncidentDate.between(LocalDate.of(2015, 11, 29),
                LocalDate.of(2015, 11, 30)), null, DateMention.Basis.ASSUMED_FROM_PUBLICATION, null), null, List.of(), List.of(), Set.of(), List.of(), List.of());
        assertThat(CandidateJson.write(assumed)).isEqualTo(Snapshot.of(assumed));
    }
}
