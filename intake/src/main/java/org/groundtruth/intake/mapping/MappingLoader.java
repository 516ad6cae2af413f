package org.groundtruth.intake.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.groundtruth.ingest.ImportRejectedException;
import org.groundtruth.ingest.RowProblem;
import org.groundtruth.intake.interpret.DateFormats;
import org.groundtruth.intake.read.CsvOptions;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a mapping file (YAML, or JSON by its .json extension) and checks it completely before any data is read:
 * every problem names the mapping file and the key ("fields.date.formats[1]"). The format is described in
 * docs/import-mapping.md.
 */
public final class MappingLoader {
    private static final Set<String> TOP_KEYS = Set.of("dataset", "key_prefix", "csv", "constants", "fields", "skip", "licence");
    private static final Set<String> LICENCE_KEYS = Set.of("terms", "name", "credit");
    private static final Set<String> SKIP_KEYS = Set.of("column", "equals", "in", "matches", "empty");
    private static final Set<String> CSV_KEYS = Set.of("delimiter", "quote", "encoding", "null_values");
    private static final Set<String> RULE_KEYS = Set.of("column", "columns", "fallback", "pattern", "value", "format", "formats",
            "separator", "values", "default");
    private static final List<String> DEFAULT_TIME_FORMATS = List.of("H:mm", "H:mm:ss");

    /** Statement times: an ISO date-time with or without offset, or a date alone. */
    static final List<String> DEFAULT_STATED_AT_FORMATS = List.of("uuuu-MM-dd'T'HH:mm[:ss]XXX", "uuuu-MM-dd'T'HH:mm[:ss]",
            "uuuu-MM-dd HH:mm[:ss]", "uuuu-MM-dd");

    private final String file;
    private final MappingTarget target;
    private final List<RowProblem> problems = new ArrayList<>();

    private MappingLoader(String file, MappingTarget target) {
        this.file = file;
        this.target = target;
    }

    /** An incident mapping. @throws ImportRejectedException listing every problem of the mapping file */
    public static MappingSpec load(Path mapping) {
        return load(mapping, MappingTarget.INCIDENTS);
    }

    /**
     * The mapping used when none is given: every field of the target read from the column of the same name
     * ({@code party}, {@code stated_at}, {@code date}, ...), among the columns present.
     */
    public static MappingSpec identity(String file, MappingTarget target, java.util.Collection<String> columns, String dataset) {
        MappingLoader loader = new MappingLoader(file, target);
        Map<MappingField, FieldRule> rules = new EnumMap<>(MappingField.class);
        Set<String> present = new java.util.HashSet<>();
        for (String c : columns) present.add(c.strip().toLowerCase(Locale.ROOT));
        for (MappingField f : MappingField.values()) {
            if (f.fills(target) && present.contains(f.key())) {
                loader.rule(f.key(), com.fasterxml.jackson.databind.node.TextNode.valueOf(f.key()), "fields." + f.key(), rules, false);
            }
        }
        loader.checkPairs(rules);
        if (!loader.problems.isEmpty()) {
            List<RowProblem> named = new ArrayList<>();
            for (RowProblem p : loader.problems) {
                named.add(new RowProblem(file, 1, p.column() == null ? null : p.column().replaceFirst("^fields\\.", ""),
                        p.message() + " (without --mapping, columns are named after the fields: "
                                + MappingField.allKeys(target) + ")"));
            }
            throw new ImportRejectedException(named);
        }
        return new MappingSpec(file, dataset, dataset, CsvOptions.STANDARD, rules);
    }

    /** @throws ImportRejectedException listing every problem of the mapping file */
    public static MappingSpec load(Path mapping, MappingTarget target) {
        MappingLoader loader = new MappingLoader(mapping.toString(), target);
        MappingSpec spec = loader.parse(mapping);
        if (!loader.problems.isEmpty()) throw new ImportRejectedException(loader.problems);
        return spec;
    }

    private MappingSpec parse(Path mapping) {
        JsonNode root;
        try {
            if (!Files.isRegularFile(mapping)) {
                problem(0, null, "mapping file not found");
                return null;
            }
            ObjectMapper mapper = mapping.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? org.groundtruth.intake.read.StrictJson.MAPPER
                    : org.groundtruth.intake.read.StrictJson.configure(YAMLMapper.builder()).build(); // a key given twice is refused (0613)
            root = mapper.readTree(mapping.toFile());
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            problem(at == null ? 0 : at.getLineNr(), null, "not valid YAML or JSON: " + e.getOriginalMessage());
            return null;
        } catch (IOException e) {
            problem(0, null, "cannot be read: " + e.getMessage());
            return null;
        }
        if (root == null || !root.isObject()) {
            problem(0, null, "a mapping file is a map with the keys " + TOP_KEYS);
            return null;
        }
        unknownKeys(root, TOP_KEYS, "");
        String dataset = text(root, "dataset");
        if (dataset == null) problem(0, "dataset", "name the dataset, e.g. dataset: airwars");
        String keyPrefix = text(root, "key_prefix");
        CsvOptions csv = csvOptions(root.get("csv"));
        Map<MappingField, FieldRule> rules = new EnumMap<>(MappingField.class);
        JsonNode fields = root.get("fields");
        if (fields == null || !fields.isObject()) problem(0, "fields", "a map from Groundtruth fields to columns is required");
        else fields.fields().forEachRemaining(e -> rule(e.getKey(), e.getValue(), "fields." + e.getKey(), rules, false));
        JsonNode constants = root.get("constants");
        if (constants != null) {
            if (!constants.isObject()) problem(0, "constants", "constants is a map from fields to values");
            else constants.fields().forEachRemaining(e -> rule(e.getKey(), e.getValue(), "constants." + e.getKey(), rules, true));
        }
        checkPairs(rules);
        List<SkipRule> skips = skips(root.get("skip"));
        org.groundtruth.publication.SourceLicence licence = licence(root.get("licence"), dataset);
        if (!problems.isEmpty()) return null;
        return new MappingSpec(file, dataset, keyPrefix == null ? dataset : keyPrefix, csv, rules, skips, licence);
    }

    /** {@code licence: {terms: open|reference_only|restricted, name: CC BY 4.0, credit: ...}}: the dataset's mark, recorded on its first import. */
    private org.groundtruth.publication.SourceLicence licence(JsonNode node, String dataset) {
        if (node == null || node.isNull() || dataset == null) return null;
        if (target == MappingTarget.CLAIMS) {
            problem(0, "licence", "a claims file takes no licence mark: a claim is a party's public statement, cited by its source document");
            return null;
        }
        if (!node.isObject()) {
            problem(0, "licence", "licence is a map: {terms: open|reference_only|restricted, name: ..., credit: ...}");
            return null;
        }
        unknownKeys(node, LICENCE_KEYS, "licence.");
        String terms = text(node, "terms");
        var parsed = terms == null ? java.util.Optional.<org.groundtruth.publication.Republication>empty() : org.groundtruth.publication.Republication.parse(terms);
        if (parsed.isEmpty()) {
            problem(0, "licence.terms", "say what may be republished: one of " + org.groundtruth.publication.Republication.codes());
            return null;
        }
        try {
            return new org.groundtruth.publication.SourceLicence(dataset, parsed.get(), text(node, "name"), text(node, "credit"));
        } catch (IllegalArgumentException e) {
            problem(0, "licence", e.getMessage());
            return null;
        }
    }

    /** {@code skip:} a list of conditions, each {column, equals (a value or a list) | in | matches | empty}. */
    private List<SkipRule> skips(JsonNode node) {
        List<SkipRule> out = new ArrayList<>();
        if (node == null || node.isNull()) return out;
        if (!node.isArray()) {
            problem(0, "skip", "skip is a list of conditions, e.g. - {column: Status, equals: Duplicate}");
            return out;
        }
        for (int i = 0; i < node.size(); i++) {
            JsonNode c = node.get(i);
            String key = "skip[" + i + "]";
            if (!c.isObject()) {
                problem(0, key, "a condition is a map: column, and equals, in, matches or empty");
                continue;
            }
            unknownKeys(c, SKIP_KEYS, key + ".");
            String column = text(c, "column");
            if (column == null) problem(0, key + ".column", "name the column the condition looks at");
            Set<String> values = new LinkedHashSet<>();
            for (String k : List.of("equals", "in")) {
                JsonNode v = c.get(k);
                if (v == null) continue;
                if (v.isArray()) v.forEach(x -> values.add(x.asText()));
                else values.add(v.asText());
            }
            java.util.regex.Pattern pattern = regex(text(c, "matches"), key + ".matches");
            boolean empty = c.has("empty") && c.get("empty").asBoolean(false);
            if (values.isEmpty() && pattern == null && !empty && !c.has("matches")) {
                problem(0, key, "say when to skip: equals, in, matches or empty: true");
            }
            out.add(new SkipRule(key, column, values, pattern, empty));
        }
        return out;
    }

    /** A regular expression from the mapping, or null (a problem named by key when it does not compile). */
    private java.util.regex.Pattern regex(String text, String key) {
        if (text == null) return null;
        try {
            return java.util.regex.Pattern.compile(text);
        } catch (java.util.regex.PatternSyntaxException e) {
            problem(0, key, "invalid regular expression '" + text + "': " + e.getDescription());
            return null;
        }
    }

    private void rule(String key, JsonNode node, String path, Map<MappingField, FieldRule> rules, boolean constant) {
        var field = MappingField.of(key);
        if (field.isEmpty()) {
            problem(0, path, "unknown field '" + key + "'; the fields are: " + MappingField.allKeys(target));
            return;
        }
        if (!field.get().fills(target)) {
            problem(0, path, "field '" + key + "' is not filled when importing " + target.name().toLowerCase(Locale.ROOT)
                    + "; the fields are: " + MappingField.allKeys(target));
            return;
        }
        if (rules.containsKey(field.get())) {
            problem(0, path, "field '" + key + "' is mapped twice (in fields and constants)");
            return;
        }
        String column = null, value = null, separator = field.get().isList() ? ";" : null, defaultValue = null;
        List<String> composite = new ArrayList<>(), fallbacks = new ArrayList<>();
        java.util.regex.Pattern pattern = null;
        List<String> formats = new ArrayList<>();
        Map<String, String> translations = new HashMap<>();
        if (node.isValueNode()) {
            if (constant) value = node.asText();
            else column = node.asText();
        } else if (node.isObject()) {
            unknownKeys(node, RULE_KEYS, path + ".");
            column = text(node, "column");
            value = text(node, "value");
            JsonNode cs = node.get("columns");
            if (cs != null) {
                if (cs.isArray() && cs.size() >= 2) cs.forEach(c -> composite.add(c.asText()));
                else problem(0, path + ".columns", "columns is a list of two or more columns, joined with '/' (a composite key)");
                if (column != null) problem(0, path, "give column or columns, not both");
                if (!composite.isEmpty()) column = composite.getFirst();
            }
            JsonNode fb = node.get("fallback");
            if (fb != null) {
                if (fb.isArray()) fb.forEach(c -> fallbacks.add(c.asText()));
                else fallbacks.add(fb.asText());
            }
            pattern = regex(text(node, "pattern"), path + ".pattern");
            if (value != null && (!composite.isEmpty() || !fallbacks.isEmpty() || pattern != null)) {
                problem(0, path, "a constant value takes no columns, fallback or pattern");
            }
            defaultValue = text(node, "default");
            if (node.has("separator")) separator = node.get("separator").asText();
            if (node.has("format")) formats.add(node.get("format").asText());
            JsonNode fs = node.get("formats");
            if (fs != null) {
                if (fs.isArray()) fs.forEach(f -> formats.add(f.asText()));
                else problem(0, path + ".formats", "formats is a list of patterns");
            }
            JsonNode vs = node.get("values");
            if (vs != null) {
                if (vs.isObject()) vs.fields().forEachRemaining(e -> translations.put(e.getKey().strip().toLowerCase(Locale.ROOT), e.getValue().asText()));
                else problem(0, path + ".values", "values is a map from source values to Groundtruth values");
            }
        } else {
            problem(0, path, "give a column name, or a map with column (or value), formats, values, separator");
            return;
        }
        if (column == null && value == null) problem(0, path, "neither a column nor a value is given");
        if (column != null && value != null) problem(0, path, "give a column or a value, not both");
        if (!formats.isEmpty() && !field.get().hasFormats()) problem(0, path + ".formats", "only date, date_end, time and stated_at take formats");
        if (field.get().hasFormats() && formats.isEmpty()) {
            if (field.get() == MappingField.TIME) formats.addAll(DEFAULT_TIME_FORMATS);
            else if (field.get() == MappingField.STATED_AT) formats.addAll(DEFAULT_STATED_AT_FORMATS);
            else formats.add("uuuu-MM-dd");
        }
        List<DateTimeFormatter> formatters = new ArrayList<>();
        for (int i = 0; i < formats.size(); i++) {
            try {
                formatters.add(DateFormats.formatter(formats.get(i)));
            } catch (IllegalArgumentException e) {
                problem(0, path + ".formats[" + i + "]", e.getMessage());
            }
        }
        if (field.get() == MappingField.UTC_OFFSET && value != null) checkOffset(value, path);
        rules.put(field.get(), new FieldRule(field.get(), column, value, formats, formatters, separator, translations, defaultValue,
                composite, fallbacks, pattern));
    }

    private void checkOffset(String value, String path) {
        try {
            if (value.startsWith("+") || value.startsWith("-") || value.equals("Z")) ZoneOffset.of(value);
            else ZoneId.of(value);
        } catch (RuntimeException e) {
            problem(0, path, "'" + value + "' is neither a UTC offset (+03:00) nor a time zone (Asia/Damascus)");
        }
    }

    private void checkPairs(Map<MappingField, FieldRule> rules) {
        if (rules.containsKey(MappingField.LAT) != rules.containsKey(MappingField.LON)) {
            problem(0, "fields." + (rules.containsKey(MappingField.LAT) ? "lon" : "lat"), "lat and lon are mapped together or not at all");
        }
        if (target == MappingTarget.CLAIMS) {
            if (!rules.containsKey(MappingField.DATE)) problem(0, "fields.date", "every claim needs the date of the strike: map the date column");
            if (!rules.containsKey(MappingField.PARTY)) problem(0, "fields.party", "every claim needs the party that made it: map the party column");
            if (!rules.containsKey(MappingField.STATED_AT)) {
                problem(0, "fields.stated_at", "every claim needs the date (and time) of the statement: map the stated_at column");
            }
            return;
        }
        if (!rules.containsKey(MappingField.DATE)) problem(0, "fields.date", "every incident needs a date: map the date column");
        for (MappingField[] group : new MappingField[][] {
                {MappingField.CHILDREN_KILLED, MappingField.CHILDREN_KILLED_MIN, MappingField.CHILDREN_KILLED_MAX},
                {MappingField.WOMEN_KILLED, MappingField.WOMEN_KILLED_MIN, MappingField.WOMEN_KILLED_MAX},
                {MappingField.MEN_KILLED, MappingField.MEN_KILLED_MIN, MappingField.MEN_KILLED_MAX}}) {
            if (rules.containsKey(group[0]) && (rules.containsKey(group[1]) || rules.containsKey(group[2]))) {
                problem(0, "fields." + group[0].key(), "map " + group[0].key() + " or " + group[1].key() + "/" + group[2].key() + ", not both");
            }
        }
    }

    private CsvOptions csvOptions(JsonNode csv) {
        if (csv == null) return CsvOptions.STANDARD;
        if (!csv.isObject()) {
            problem(0, "csv", "csv is a map with " + CSV_KEYS);
            return CsvOptions.STANDARD;
        }
        unknownKeys(csv, CSV_KEYS, "csv.");
        char delimiter = single(csv, "delimiter", ',');
        char quote = single(csv, "quote", '"');
        Charset charset = java.nio.charset.StandardCharsets.UTF_8;
        String encoding = text(csv, "encoding");
        if (encoding != null) {
            try {
                charset = Charset.forName(encoding);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                problem(0, "csv.encoding", "unknown encoding '" + encoding + "' (UTF-8, windows-1256, ISO-8859-1 ...)");
            }
        }
        Set<String> nulls = new LinkedHashSet<>();
        JsonNode nv = csv.get("null_values");
        if (nv != null) {
            if (nv.isArray()) nv.forEach(n -> nulls.add(n.asText()));
            else nulls.add(nv.asText());
        }
        try {
            return new CsvOptions(delimiter, quote, charset, nulls);
        } catch (IllegalArgumentException e) {
            problem(0, "csv", e.getMessage());
            return CsvOptions.STANDARD;
        }
    }

    private char single(JsonNode node, String key, char fallback) {
        String v = node.has(key) ? node.get(key).asText() : null;
        if (v == null) return fallback;
        if (v.equals("\\t") || v.equalsIgnoreCase("tab")) return '\t';
        if (v.length() != 1) {
            problem(0, "csv." + key, "'" + v + "' is not a single character");
            return fallback;
        }
        return v.charAt(0);
    }

    private void unknownKeys(JsonNode node, Set<String> known, String prefix) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!known.contains(k)) problem(0, prefix + k, "unknown key '" + k + "'; known here: " + String.join(", ", known.stream().sorted().toList()));
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    private void problem(long line, String key, String message) {
        problems.add(new RowProblem(file, line, key, message));
    }
}
