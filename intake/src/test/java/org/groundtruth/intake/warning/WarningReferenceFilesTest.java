package org.groundtruth.intake.warning;

import org.groundtruth.attribution.Party;
import org.groundtruth.place.Coordinates;
import org.groundtruth.warning.AircraftCategory;
import org.groundtruth.warning.AircraftTable;
import org.groundtruth.warning.BaseTable;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WarningReferenceFilesTest {
    private static final String AIRCRAFT_HEADER = "theatre,type,aliases,name_ar,name_uk,category,operators,speed_min_kmh,speed_max_kmh,combat_radius_km,source\n";

    @Test
    void theBundledAircraftTableHasTheTypesTheIssueNamesEachWithASource() {
        AircraftTable t = WarningReferenceFiles.bundledAircraft();
        for (String type : List.of("Su-24M", "Su-34", "Su-35", "Su-30SM", "Su-25SM", "MiG-21", "MiG-23", "L-39", "Su-22", "Mi-8", "helicopter")) {
            assertThat(t.find("SY", type)).as(type).isPresent();
        }
        assertThat(t.find("SY", "Su-24").orElseThrow().operators()).containsExactlyInAnyOrder(Party.RUSSIAN_MILITARY, Party.SYRIAN_GOVERNMENT);
        assertThat(t.find("SY", "Su-34").orElseThrow().operators()).containsExactly(Party.RUSSIAN_MILITARY);
        assertThat(t.find("SY", "MiG-23").orElseThrow().operators()).containsExactly(Party.SYRIAN_GOVERNMENT);
        assertThat(t.find("SY", "مروحية").orElseThrow().category()).isEqualTo(AircraftCategory.HELICOPTER);
        assertThat(t.find("UA", "Geran-2").orElseThrow().category()).isEqualTo(AircraftCategory.DRONE);
        assertThat(t.find("UA", "Kh-101").orElseThrow().category()).isEqualTo(AircraftCategory.CRUISE_MISSILE);
        assertThat(t.find("UA", "MiG-21")).as("a type is known per theatre").isEmpty();
        assertThat(t.rows()).allSatisfy(r -> assertThat(r.source()).hasSizeGreaterThan(20));
    }

    @Test
    void theBundledBasesSitWhereOurAirportsPutsThem() throws Exception {
        BaseTable bases = WarningReferenceFiles.bundledBases();
        assertThat(bases.find("SY", "Khmeimim").orElseThrow().operators()).containsExactly(Party.RUSSIAN_MILITARY);
        List<String> airports = Files.readAllLines(Path.of("../../shared/data/ourairports/ourairports_medium_large_SY.csv"));
        airports.addAll(Files.readAllLines(Path.of("../../shared/data/ourairports/ourairports_medium_large_UA.csv")));
        for (var b : bases.rows()) {
            String line = airports.stream().filter(l -> l.split(",")[1].equals(b.code())).findFirst().orElseThrow(() -> new AssertionError(b.code()));
            String[] f = line.split(",");
            Coordinates shared = new Coordinates(Double.parseDouble(f[4]), Double.parseDouble(f[5]));
            assertThat(b.point().distanceKm(shared)).as(b.code()).isLessThan(0.1);
        }
    }

    @Test
    void aBadRowIsNamedByFileLineAndColumn() {
        assertThatThrownBy(() -> WarningReferenceFiles.readAircraft(new StringReader(AIRCRAFT_HEADER
                + "SY,Su-24M,,,,jet,russian_military,650,950,615,a source\nSY,X-1,,,,rocket,russian_military,650,950,615,a source\n"), "mine.csv"))
                .hasMessageStartingWith("mine.csv:3: category: 'rocket' is not one of");
        assertThatThrownBy(() -> WarningReferenceFiles.readAircraft(new StringReader(AIRCRAFT_HEADER
                + "SY,Su-24M,,,,jet,russian_military,650,950,615,\n"), "mine.csv")).hasMessage("mine.csv:2: aircraft 'Su-24M' has no source");
        assertThatThrownBy(() -> WarningReferenceFiles.readAircraft(new StringReader(AIRCRAFT_HEADER
                + "SY,Su-24M,,,,jet,martians,650,950,615,s\n"), "mine.csv")).hasMessageContaining("operators: 'martians' is not one of");
        assertThatThrownBy(() -> WarningReferenceFiles.readAircraft(new StringReader(AIRCRAFT_HEADER
                + "SY,Su-24M,,,,jet,russian_military,950,650,615,s\n"), "mine.csv")).hasMessageContaining("speed band 950.0..650.0");
        assertThatThrownBy(() -> WarningReferenceFiles.readBases(new StringReader("code,name,name_ar,name_uk,aliases,lat,lon,theatre,operators,source\n"
                + "X,Somewhere,,,,north,36,SY,other,s\n"), "b.csv")).hasMessage("b.csv:2: lat: 'north' is not a number");
    }
}
