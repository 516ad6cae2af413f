package org.groundtruth.app.warning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.gazetteer.Place;
import org.groundtruth.intake.warning.WarningReferenceFiles;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.warning.PopulatedPlace;
import org.groundtruth.web.warning.WarningSetup;

/** Early warning as a command runs it: the bundled reference tables and the gazetteer's towns as places to warn. */
public final class WarningWiring {
    private WarningWiring() {
    }

    /** @param mqttBroker {@code tcp://host:port}, or null */
    public static WarningSetup setup(Gazetteer gazetteer, String mqttBroker) {
        return WarningSetup.of(WarningReferenceFiles.bundledAircraft(), WarningReferenceFiles.bundledBases(), places(gazetteer)).withMqtt(mqttBroker)
                .withLogFormat(org.groundtruth.intake.warning.SightingLog.FORMAT);
    }

    /**
     * The gazetteer's towns (not quarters, districts or governorates), each once: a town that two sources list within a
     * kilometre under one name is one place. Ids are stable across runs (country, name, position to 0.01°), so that a
     * reader's followed places survive a restart. The Ukrainian name is the first Cyrillic alternative, if any.
     */
    public static List<PopulatedPlace> places(Gazetteer gazetteer) {
        List<PopulatedPlace> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Place p : gazetteer.places()) {
            if (p.level() != LocationPrecision.TOWN) continue;
            String id = (p.countryCode() + "-" + p.name() + "-" + String.format(Locale.ROOT, "%.2f-%.2f", p.point().lat(), p.point().lon()))
                    .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}.-]+", "-");
            if (!seen.add(id)) continue;
            String uk = p.alternativeNames().stream().filter(n -> n.codePoints().anyMatch(c -> c >= 0x0400 && c <= 0x04FF)).findFirst().orElse(null);
            out.add(new PopulatedPlace(id, p.name(), p.arabicName(), uk, p.point(), p.countryCode(), p.governorate(), p.district()));
        }
        return out;
    }
}
