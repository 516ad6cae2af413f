package org.groundtruth.gazetteer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.groundtruth.ingest.ImportRejectedException;
import org.groundtruth.ingest.RowProblem;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a CSV file with a header into rows that know their line, refusing empty files and missing columns. */
final class CsvRows {
    private CsvRows() {
    }

    /** One data row; values keyed by lower-case header name. */
    record Row(String file, long line, Map<String, String> values) {
        /** The trimmed value, or null when the column is absent or the cell empty. */
        String get(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }

        RowProblem problem(String column, String message) {
            return new RowProblem(file, line, column, message);
        }
    }

    static final String NOT_UTF8 = "not UTF-8";

    static List<Row> read(String file, Reader reader, List<String> requiredColumns) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        List<Row> rows = new ArrayList<>();
        long line = 1;
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (header.isEmpty() || header.stream().allMatch(String::isEmpty)) {
                throw reject(file, 0, null, "empty file: a header line with the columns " + requiredColumns + " is needed");
            }
            for (String required : requiredColumns) {
                if (!header.contains(required)) {
                    throw reject(file, 1, required, "missing column; the header has " + header);
                }
            }
            for (CSVRecord record : parser) {
                line = parser.getCurrentLineNumber();
                if (record.size() > header.size()) {
                    throw reject(file, line, null, "row has " + record.size() + " values but the header has " + header.size()
                            + " columns");
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < record.size(); i++) values.put(header.get(i), record.get(i));
                rows.add(new Row(file, line, values));
            }
        } catch (UncheckedIOException e) {
            throw readFailure(file, line + 1, e.getCause());
        } catch (IOException e) {
            throw readFailure(file, line + 1, e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw reject(file, line + 1, null, "not a readable CSV: " + e.getMessage());
        }
        return rows;
    }

    static ImportRejectedException readFailure(String file, long line, IOException e) {
        if (e instanceof MalformedInputException) return reject(file, line, null, NOT_UTF8 + " text (wrong encoding?)");
        return reject(file, line, null, "could not read: " + e.getMessage());
    }

    static ImportRejectedException reject(String file, long line, String column, String message) {
        return new ImportRejectedException(List.of(new RowProblem(file, line, column, message)));
    }
}
