package org.groundtruth.intake.geojson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.groundtruth.ingest.ImportRejectedException;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.intake.RecordFormat;
import org.groundtruth.intake.RecordSink;
import org.groundtruth.intake.read.FileSniffer;
import org.groundtruth.intake.read.InputFile;
import org.groundtruth.intake.read.MalformedTextException;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * GeoJSON FeatureCollections of Point features, read feature by feature with Jackson's streaming parser so that
 * a large collection is never held whole. The property names understood are listed in {@link GeoJsonFeature}
 * and in docs/import-mapping.md.
 */
public final class GeoJsonFormat implements RecordFormat {
    /** The parser must not close the file: the importer reads what is left of it to hash the whole file. */
    private static final ObjectMapper JSON = org.groundtruth.intake.read.StrictJson.STREAMING; // duplicates, trailing content refused (0613)

    @Override
    public String name() {
        return "geojson";
    }

    @Override
    public String dataset() {
        return "geojson";
    }

    @Override
    public void read(InputFile file, RecordSink sink) {
        Reader reader = file.text(StandardCharsets.UTF_8, FileSniffer.Expect.JSON);
        try (JsonParser p = JSON.createParser(reader)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw file.rejected(p.currentTokenLocation().getLineNr(), null,
                        "a GeoJSON file must be one object of type FeatureCollection, this one starts with " + p.currentToken());
            }
            String type = null;
            boolean sawFeatures = false;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (field.equals("type")) {
                    type = p.getValueAsString();
                    if (!"FeatureCollection".equals(type)) {
                        throw file.rejected(p.currentTokenLocation().getLineNr(), "type",
                                "GeoJSON type is '" + type + "'; only a FeatureCollection of Point features can be imported"
                                        + ("Feature".equals(type) ? " (put the Feature in a FeatureCollection)" : ""));
                    }
                } else if (field.equals("features") && value == JsonToken.START_ARRAY) {
                    sawFeatures = true;
                    readFeatures(file, p, sink);
                } else {
                    p.skipChildren();
                }
            }
            org.groundtruth.intake.read.StrictJson.requireEnd(p);
            if (!sawFeatures) {
                throw file.rejected(0, "features", "no \"features\" array: this is not a GeoJSON FeatureCollection"
                        + (type == null ? "" : " (its type is " + type + ")"));
            }
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw file.rejected(at == null ? 0 : at.getLineNr(), null, "invalid JSON"
                    + (at == null ? "" : " at column " + at.getColumnNr()) + ": " + e.getOriginalMessage());
        } catch (MalformedTextException e) {
            throw file.rejected(e.line(), null, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void readFeatures(InputFile file, JsonParser p, RecordSink sink) throws IOException {
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            long line = p.currentTokenLocation().getLineNr();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                sink.problems(java.util.List.of(file.problem(line, "features[" + index + "]", "feature " + index + " is not an object")));
                p.skipChildren();
                index++;
                continue;
            }
            JsonNode feature = JSON.readTree(p);
            String unstorable = org.groundtruth.intake.read.StrictJson.textProblem(feature);
            if (unstorable != null) {
                sink.problems(java.util.List.of(file.problem(line, "features[" + index + "]", unstorable)));
                index++;
                continue;
            }
            GeoJsonFeature f = new GeoJsonFeature(file.name(), index, line, feature, dataset());
            ImportedRecord record;
            try {
                record = f.toRecord();
            } catch (ImportRejectedException e) {
                throw e;
            } catch (IllegalArgumentException e) {
                f.problem(null, e.getMessage());
                record = null;
            }
            if (f.hasProblems()) sink.problems(f.problems());
            else sink.record(line, record);
            index++;
        }
    }
}
