package org.groundtruth.intake.read;

import java.io.BufferedInputStream;
import java.io.IOException;

/**
 * Looks at the first bytes of a file so that an empty file, a spreadsheet, an archive or JSON given as CSV
 * gets a message that says what the file is, instead of a confusing parse error further on.
 */
public final class FileSniffer {
    private static final int PEEK_BYTES = 4096;

    /** What kind of text the importer expects. */
    public enum Expect { CSV, JSON }

    private FileSniffer() {
    }

    static void check(InputFile file, BufferedInputStream in, Expect expect) throws IOException {
        in.mark(PEEK_BYTES);
        byte[] head = in.readNBytes(PEEK_BYTES);
        in.reset();
        if (head.length == 0) throw file.rejected(0, null, "the file is empty (0 bytes)");
        String binary = binaryKind(head);
        if (binary != null) throw file.rejected(0, null, "this is " + binary + ", not " + expected(expect));
        int first = firstNonBlank(head);
        if (first < 0) {
            if (head.length < PEEK_BYTES) throw file.rejected(0, null, "the file has no content, only blank lines");
            return;
        }
        char c = (char) head[first];
        if (expect == Expect.CSV && (c == '{' || c == '[')) {
            throw file.rejected(1, null, "this looks like JSON, not CSV (use --format geojson for GeoJSON)");
        }
        if (expect == Expect.CSV && c == '<') throw file.rejected(1, null, "this looks like HTML or XML, not CSV");
        if (expect == Expect.JSON && c != '{' && c != '[') {
            throw file.rejected(1, null, "this is not JSON: a GeoJSON file starts with '{', this one with '" + c + "'");
        }
    }

    private static String expected(Expect expect) {
        return expect == Expect.CSV ? "a CSV text file" : "a JSON text file";
    }

    private static String binaryKind(byte[] h) {
        if (startsWith(h, 0x50, 0x4B, 0x03, 0x04)) return "a ZIP archive (an .xlsx or .ods spreadsheet? save it as CSV first)";
        if (startsWith(h, 0xD0, 0xCF, 0x11, 0xE0)) return "an old Microsoft Office file (.xls? save it as CSV first)";
        if (startsWith(h, 0x25, 0x50, 0x44, 0x46)) return "a PDF document";
        if (startsWith(h, 0x1F, 0x8B)) return "a gzip-compressed file (decompress it first)";
        if (startsWith(h, 0x53, 0x51, 0x4C, 0x69, 0x74, 0x65)) return "an SQLite database";
        if (startsWith(h, 0xFF, 0xFE) || startsWith(h, 0xFE, 0xFF)) return "UTF-16 text (save it as UTF-8)";
        if (startsWith(h, 0x89, 0x50, 0x4E, 0x47) || startsWith(h, 0xFF, 0xD8, 0xFF)) return "an image";
        for (byte b : h) if (b == 0) return "binary data (it contains NUL bytes)";
        return null;
    }

    private static boolean startsWith(byte[] h, int... magic) {
        if (h.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) if ((h[i] & 0xFF) != magic[i]) return false;
        return true;
    }

    private static int firstNonBlank(byte[] h) {
        int i = 0;
        if (startsWith(h, 0xEF, 0xBB, 0xBF)) i = 3;
        for (; i < h.length; i++) {
            byte b = h[i];
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') return i;
        }
        return -1;
    }
}
