package org.groundtruth.publish.dataset;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.groundtruth.publication.PublishedIncident;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Writes published incidents as a GeoJSON FeatureCollection (RFC 7946), streaming: one Feature per incident, its id
 * the public id, its geometry the point (null when not placed), its properties every column of {@link Columns}
 * typed (numbers as numbers, true/false, dates as ISO text).
 */
public final class GeoJsonExport {
    private static final JsonFactory JSON = new JsonFactory();

    /** Writes the collection and flushes; does not close {@code out}. Answers the number of features. */
    public long write(Iterator<PublishedIncident> rows, OutputStream out) {
        try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            long n = 0;
            while (rows.hasNext()) {
                feature(g, rows.next());
                if (++n % 1024 == 0) g.flush();
            }
            g.writeEndArray();
            g.writeEndObject();
            return n;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void feature(JsonGenerator g, PublishedIncident i) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", i.publicId());
        g.writeFieldName("geometry");
        if (i.location().point() == null) {
            g.writeNull();
        } else {
            g.writeStartObject();
            g.writeStringField("type", "Point");
            g.writeArrayFieldStart("coordinates");
            g.writeNumber(i.location().point().lon());
            g.writeNumber(i.location().point().lat());
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeObjectFieldStart("properties");
        for (Column c : Columns.ALL) JsonValues.write(g, c.name(), c.type(), c.value().apply(i));
        g.writeEndObject();
        g.writeEndObject();
    }
}
