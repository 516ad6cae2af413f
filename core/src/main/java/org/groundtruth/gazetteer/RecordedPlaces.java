package org.groundtruth.gazetteer;

import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The places a store's own incidents have recorded, as a further gazetteer source (decision 0565). An investigator
 * places a later claim naming a village by an earlier incident recorded at that village: a monitor's export that gave
 * the village's coordinates has put it on the map, whether or not any list of places knows it. Only points that came
 * from a source or a person (never ones a gazetteer chose: that would learn its own guesses) at town precision or
 * finer count; a name recorded at points more than {@value #AGREE_KM} km apart is two namesakes and is left out. The
 * recorded places are consulted after the gazetteer ({@link #after}): they never displace a place it knows.
 */
public final class RecordedPlaces {
    public static final String SOURCE = "recorded-incidents";
    /** Points of one name within this distance of their median are one place. */
    public static final double AGREE_KM = 5;

    private RecordedPlaces() {
    }

    /** One incident's place as recorded: its name as written, governorate, country and point. */
    public record Sighting(String name, String governorate, String countryCode, Coordinates point) {
    }

    /** The sighting an incident's location gives: a named, source-placed point at town precision or finer. */
    public static Optional<Sighting> of(Location l) {
        if (l == null || !l.isPlaced() || l.placeName() == null || l.placeName().isBlank() || l.countryCode() == null) return Optional.empty();
        if (l.placedBy() != PlacedBy.SOURCE && l.placedBy() != PlacedBy.MANUAL) return Optional.empty();
        if (l.precision().compareTo(LocationPrecision.TOWN) > 0) return Optional.empty();
        return Optional.of(new Sighting(l.placeName().strip(), l.governorate(), l.countryCode(), l.point()));
    }

    /** One town-level place per name (in its governorate and country) whose points agree, at their median. */
    public static List<Place> places(Collection<Sighting> sightings) {
        Map<String, List<Sighting>> byName = new LinkedHashMap<>();
        for (Sighting s : sightings) {
            String key = s.countryCode().toUpperCase(Locale.ROOT) + "|" + (s.governorate() == null ? "" : s.governorate().strip().toLowerCase(Locale.ROOT))
                    + "|" + s.name().strip().toLowerCase(Locale.ROOT);
            byName.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
        }
        List<Place> out = new ArrayList<>();
        for (List<Sighting> same : byName.values()) {
            double[] lat = same.stream().mapToDouble(s -> s.point().lat()).sorted().toArray();
            double[] lon = same.stream().mapToDouble(s -> s.point().lon()).sorted().toArray();
            Coordinates median = new Coordinates(median(lat), median(lon));
            boolean agree = same.stream().allMatch(s -> GreatCircleKm.of(s.point(), median) <= AGREE_KM);
            if (!agree) continue;
            Sighting first = same.get(0);
            String country = first.countryCode().toUpperCase(Locale.ROOT);
            if (!country.matches("[A-Z]{2}")) continue;
            out.add(new Place(first.name(), null, List.of(), median, LocationPrecision.TOWN, first.governorate(), null, country, SOURCE));
        }
        return out;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /**
     * A gazetteer of the recorded places, with the governorates of {@code gazetteer} so that a record's governorate
     * written any way the gazetteer reads still finds them.
     */
    public static Gazetteer gazetteer(Collection<Place> recorded, Gazetteer gazetteer) {
        List<Place> all = new ArrayList<>(recorded);
        gazetteer.places().stream().filter(Place::isGovernorate).forEach(all::add);
        return new Gazetteer(all);
    }

    /**
     * Places with {@code first}; where it finds nothing finer than a district, with {@code recorded} when that finds a
     * recorded place (town level). Coordinates a source gave are judged by {@code first} alone.
     */
    public static Placer after(Placer first, Placer recorded) {
        return new Placer() {
            @Override
            public Location place(Location location) {
                return place(location, List.of());
            }

            @Override
            public Location place(Location location, List<String> otherNamesInRecord) {
                Location a = first.place(location, otherNamesInRecord);
                if (location == null || location.isPlaced() || (a != null && a.isPlaced() && a.precision().compareTo(LocationPrecision.TOWN) <= 0)) return a;
                Location b = recorded.place(location, otherNamesInRecord);
                return b != null && b.isPlaced() && b.precision().compareTo(LocationPrecision.TOWN) <= 0 ? b : a;
            }

            @Override
            public Optional<String> contradiction(Location location) {
                return first.contradiction(location);
            }
        };
    }

    /** Great-circle distance in km (haversine), for comparing a name's points. */
    private static final class GreatCircleKm {
        static double of(Coordinates a, Coordinates b) {
            double p1 = Math.toRadians(a.lat()), p2 = Math.toRadians(b.lat());
            double dp = p2 - p1, dl = Math.toRadians(b.lon() - a.lon());
            double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
            return 2 * 6371.0088 * Math.asin(Math.min(1, Math.sqrt(h)));
        }
    }
}
