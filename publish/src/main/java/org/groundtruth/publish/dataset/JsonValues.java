package org.groundtruth.publish.dataset;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/** Writes one typed column value as a JSON field. */
final class JsonValues {
    private JsonValues() {
    }

    static void write(JsonGenerator g, String name, Column.Type type, Object v) throws IOException {
        g.writeFieldName(name);
        if (v == null) {
            g.writeNull();
            return;
        }
        switch (type) {
            case INTEGER -> g.writeNumber(((Number) v).longValue());
            case DECIMAL -> g.writeNumber(((Number) v).doubleValue());
            case BOOLEAN -> g.writeBoolean((Boolean) v);
            case TEXT, DATE -> g.writeString(v.toString());
        }
    }
}
