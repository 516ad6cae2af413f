package org.groundtruth.intake.mapping;

import org.groundtruth.intake.read.CsvOptions;

import java.util.EnumMap;
import java.util.Map;

/**
 * A parsed and checked mapping file.
 *
 * @param file      the mapping file's name, for messages
 * @param dataset   recorded as each record's source dataset
 * @param keyPrefix prefix of origin keys ("airwars" gives "airwars:R0001")
 * @param skips     conditions under which a row is skipped
 * @param licence   the dataset's licence mark the file declares ({@code licence:}), or null
 */
public record MappingSpec(String file, String dataset, String keyPrefix, CsvOptions csv, Map<MappingField, FieldRule> rules,
                          java.util.List<SkipRule> skips, org.groundtruth.publication.SourceLicence licence) {
    public MappingSpec {
        rules = rules.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(rules));
        skips = skips == null ? java.util.List.of() : java.util.List.copyOf(skips);
    }

    /** A mapping that skips no row and declares no licence. */
    public MappingSpec(String file, String dataset, String keyPrefix, CsvOptions csv, Map<MappingField, FieldRule> rules) {
        this(file, dataset, keyPrefix, csv, rules, java.util.List.of(), null);
    }

    public FieldRule rule(MappingField field) {
        return rules.get(field);
    }
}
