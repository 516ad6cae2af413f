package org.groundtruth.claim;

import org.groundtruth.place.Coordinates;
import org.groundtruth.time.IncidentDate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Fixture: {@code ClaimForTest.by("Russian MoD").on("2016-09-19").at(36.2, 37.15).claim()}. */
public final class ClaimForTest {
    private String party = "Russian Ministry of Defence";
    private Instant statedAt = Instant.parse("2016-09-20T09:00:00Z");
    private IncidentDate strikeDate = IncidentDate.onDay(LocalDate.parse("2016-09-19"));
    private ClaimedPlace place = ClaimedPlace.assumed(List.of("Aleppo"), new Coordinates(36.2, 37.15));
    private String target = "terrorist command post";
    private Instant recordedAt = Instant.parse("2020-01-01T00:00:00Z");

    public static ClaimForTest by(String party) {
        ClaimForTest f = new ClaimForTest();
        f.party = party;
        return f;
    }

    public ClaimForTest on(String day) {
        strikeDate = IncidentDate.onDay(LocalDate.parse(day));
        return this;
    }

    public ClaimForTest dated(IncidentDate date) {
        strikeDate = date;
        return this;
    }

    public ClaimForTest statedAt(String instant) {
        statedAt = Instant.parse(instant);
        return this;
    }

    public ClaimForTest recordedAt(String instant) {
        recordedAt = Instant.parse(instant);
        return this;
    }

    public ClaimForTest at(double lat, double lon) {
        place = ClaimedPlace.assumed(List.of(), new Coordinates(lat, lon));
        return this;
    }

    public ClaimForTest place(ClaimedPlace p) {
        place = p;
        return this;
    }

    public ClaimForTest target(String t) {
        target = t;
        return this;
    }

    public Claim claim() {
        return new Claim(7, party, statedAt, strikeDate, place, target, 4, SourceDocument.at("https://example.org/briefing"), recordedAt);
    }
}
