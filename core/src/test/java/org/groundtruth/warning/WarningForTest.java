package org.groundtruth.warning;

import org.groundtruth.attribution.Party;
import org.groundtruth.place.Coordinates;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Small fixtures: Syrian reference rows, a handful of towns of north-west Syria, and sightings built in one line. */
public final class WarningForTest {
    /** 29 November 2015, 11:35 in Damascus (UTC+2): the Ariha market case. */
    public static final Instant TAKE_OFF = Instant.parse("2015-11-29T09:35:00Z");
    public static final Clock CLOCK = Clock.fixed(TAKE_OFF.plusSeconds(30), ZoneOffset.UTC);

    public static final AircraftType SU24 = new AircraftType("SY", "Su-24M", List.of("Su-24", "Fencer", "سوخوي 24"), "سوخوي 24", "Су-24М",
            AircraftCategory.JET, EnumSet.of(Party.RUSSIAN_MILITARY, Party.SYRIAN_GOVERNMENT), 650, 950, 615, "test row");
    public static final AircraftType MI8 = new AircraftType("SY", "Mi-8", List.of("Mi-17", "helicopter"), "مروحية", "Мі-8",
            AircraftCategory.HELICOPTER, EnumSet.of(Party.SYRIAN_GOVERNMENT, Party.RUSSIAN_MILITARY), 180, 250, 225, "test row");
    public static final AircraftType SHAHED = new AircraftType("UA", "Shahed-136", List.of("Geran-2"), "شاهد 136", "Шахед-136",
            AircraftCategory.DRONE, EnumSet.of(Party.RUSSIAN_MILITARY), 150, 190, 2000, "test row");
    public static final Base HMEIMIM = new Base("OSLK", "Hmeimim air base", "قاعدة حميميم الجوية", "авіабаза Хмеймім", List.of("Khmeimim", "حميميم"),
            new Coordinates(35.4011, 35.9487), "SY", EnumSet.of(Party.RUSSIAN_MILITARY), "test row");
    public static final Base SHAYRAT = new Base("SHAYRAT", "Shayrat air base", "مطار الشعيرات", "авіабаза Шайрат", List.of(),
            new Coordinates(34.4903, 36.9092), "SY", EnumSet.of(Party.SYRIAN_GOVERNMENT), "test row");
    public static final AircraftTable AIRCRAFT = new AircraftTable(List.of(SU24, MI8, SHAHED));
    public static final BaseTable BASES = new BaseTable(List.of(HMEIMIM, SHAYRAT));

    public static final PopulatedPlace ARIHA = place("ariha", "Ariha", "أريحا", "Аріха", 35.8128, 36.6095, "Idlib", "Ariha");
    public static final List<PopulatedPlace> TOWNS = List.of(
            ARIHA,
            place("idlib", "Idlib", "إدلب", "Ідліб", 35.9306, 36.6339, "Idlib", "Idlib"),
            place("saraqib", "Saraqib", "سراقب", "Саракіб", 35.8623, 36.8006, "Idlib", "Idlib"),
            place("jisr", "Jisr al-Shughur", "جسر الشغور", null, 35.8126, 36.3195, "Idlib", "Jisr al-Shughur"),
            place("maarat", "Maarat al-Numan", "معرة النعمان", null, 35.6431, 36.6708, "Idlib", "Maarat al-Numan"),
            place("latakia", "Latakia", "اللاذقية", "Латакія", 35.5317, 35.7918, "Latakia", "Latakia"),
            place("hama", "Hama", "حماة", "Хама", 35.1318, 36.7578, "Hama", "Hama"),
            place("aleppo", "Aleppo", "حلب", "Алеппо", 36.2021, 37.1343, "Aleppo", "Mount Simeon"),
            place("homs", "Homs", "حمص", "Хомс", 34.7324, 36.7137, "Homs", "Homs"),
            place("damascus", "Damascus", "دمشق", "Дамаск", 33.5138, 36.2765, "Damascus", "Damascus"));

    private WarningForTest() {
    }

    public static PopulatedPlace place(String id, String name, String ar, String uk, double lat, double lon, String admin1, String admin2) {
        return new PopulatedPlace(id, name, ar, uk, new Coordinates(lat, lon), "SY", admin1, admin2);
    }

    public static Projector projector() {
        return new Projector(TOWNS, ProjectionModel.DEFAULT);
    }

    public static Supplier<String> ids() {
        AtomicInteger n = new AtomicInteger();
        return () -> "alert-" + n.incrementAndGet();
    }

    /** A sighting as the checker would build it: take-off from a base, with a heading or none. */
    public static Sighting takeOff(String spotter, Instant at, AircraftType type, Base base, String heading) {
        return new Sighting(null, new Observer(spotter, "post-" + spotter), null,
                new Observation(at, type, 1, EventKind.TAKE_OFF, base, heading == null ? null : Heading.parse(heading), base.point()));
    }

    /** Any other event at an (exact) position, as a spotter reported it; the observation gets the coarse position. */
    public static Sighting seen(String spotter, Instant at, AircraftType type, EventKind event, double lat, double lon, String heading) {
        Coordinates exact = new Coordinates(lat, lon);
        return new Sighting(null, new Observer(spotter, "post-" + spotter), exact,
                new Observation(at, type, 1, event, null, heading == null ? null : Heading.parse(heading), CoarsePosition.of(exact)));
    }

    public static Sighting landing(String spotter, Instant at, AircraftType type, Base base, EventKind event) {
        return new Sighting(null, new Observer(spotter, "post-" + spotter), null, new Observation(at, type, 1, event, base, null, base.point()));
    }
}
