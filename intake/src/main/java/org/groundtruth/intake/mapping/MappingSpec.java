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
 */
public record MappingSpec(String file, String dataset, String keyPrefix, CsvOptions csv, Map<MappingField, FieldRule> rules) {
    public MappingSpec {
        rules = rules.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(rules));
    }

    public FieldRule rule(MappingField field) {
        return rules.get(field);
    }
}
