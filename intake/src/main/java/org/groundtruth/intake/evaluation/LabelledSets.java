package org.groundtruth.intake.evaluation;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.ingest.RowProblem;
import org.groundtruth.intake.RecordSink;
import org.groundtruth.intake.read.InputFile;
import org.groundtruth.intake.ucdp.UcdpGedFormat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the labelled sets from the classpath (/evaluation/...). */
final class LabelledSets {
    static final String UCDP_2018 = "/evaluation/matching/ucdp-ged-syria-2018.csv";

    private LabelledSets() {
    }

    /** Rows of a CSV set with a header, as column → value (empty values as null). */
    static List<Map<String, String>> csv(String resource) {
        try (InputStream in = open(resource); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            List<Map<String, String>> out = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                Map<String, String> row = new LinkedHashMap<>();
                r.toMap().forEach((k, v) -> row.put(k, v == null || v.isBlank() ? null : v.strip()));
                out.add(row);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("reading labelled set " + resource, e);
        }
    }

    /** UCDP GED events read by the product's own importer, by UCDP event id, in file order. */
    static Map<Long, ImportedRecord> ucdpEvents(String resource) {
        Map<Long, ImportedRecord> out = new LinkedHashMap<>();
        Path tmp = null;
        try (InputStream in = open(resource)) {
            tmp = Files.createTempFile("groundtruth-evaluation", ".csv");
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            List<RowProblem> problems = new ArrayList<>();
            try (InputFile file = InputFile.open(tmp)) {
                new UcdpGedFormat().read(file, new RecordSink() {
                    @Override
                    public void record(long line, ImportedRecord record) {
                        out.put(Long.parseLong(record.fields().get("id")), record);
                    }

                    @Override
                    public void problems(List<RowProblem> p) {
                        problems.addAll(p);
                    }
                });
            }
            if (!problems.isEmpty()) throw new IllegalStateException("labelled set " + resource + " does not import: " + problems.get(0));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("reading labelled set " + resource, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temporary copy left behind is harmless
                }
            }
        }
    }

    private static InputStream open(String resource) {
        InputStream in = LabelledSets.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("labelled set missing from the classpath: " + resource);
        return in;
    }
}
