package org.groundtruth.intake.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadingTest {

    private static String readAll(byte[] bytes, Charset cs) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (Reader r = new StrictTextReader(new ByteArrayInputStream(bytes), cs)) {
            char[] buf = new char[777];
            int n;
            while ((n = r.read(buf, 0, buf.length)) >= 0) sb.append(buf, 0, n);
        }
        return sb.toString();
    }

    @Test
    void decodesMultiByteCharactersAcrossBufferBoundaries() throws IOException {
        String text = "سوق أريحا — Ariha market\n".repeat(10_000);
        assertThat(readAll(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(text);
    }

    @Test
    void badByteFarIntoTheFileIsLocated() {
        String line = "0123456789abcdefghi\n"; // 20 bytes
        byte[] good = line.repeat(5_000).getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[good.length + 5];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = 'x';
        bytes[good.length + 1] = (byte) 0xC3; // a lead byte followed by a non-continuation byte
        bytes[good.length + 2] = 'y';
        bytes[good.length + 3] = '\n';
        bytes[good.length + 4] = 'z';
        assertThatThrownBy(() -> readAll(bytes, StandardCharsets.UTF_8)).isInstanceOfSatisfying(MalformedTextException.class, e -> {
            assertThat(e.line()).isEqualTo(5_001);
            assertThat(e.byteOffset()).isEqualTo(100_001);
            assertThat(e.getMessage()).startsWith("bytes 0xC3 at byte offset 100001 are not valid UTF-8");
        });
    }

    @Test
    void truncatedSequenceAtTheEndIsRefused() {
        byte[] bytes = {'a', 'b', (byte) 0xE2, (byte) 0x82};
        assertThatThrownBy(() -> readAll(bytes, StandardCharsets.UTF_8)).isInstanceOf(MalformedTextException.class);
    }

    @Test
    void otherEncodingsDecodeWhenNamed() throws IOException {
        byte[] latin1 = "Café".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(readAll(latin1, StandardCharsets.ISO_8859_1)).isEqualTo("Café");
        byte[] arabic = "سوق".getBytes(Charset.forName("windows-1256"));
        assertThat(readAll(arabic, Charset.forName("windows-1256"))).isEqualTo("سوق");
    }

    @Test
    void rowsKnowTheLineTheyStartOnEvenWithLineBreaksInsideQuotes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "\uFEFFid,notes\r\n1,\"first\nsecond\nthird\"\r\n\r\n2,plain\r\n3,\"a \"\"quoted\"\" word\"\n");
        List<String> seen = new ArrayList<>();
        try (InputFile in = InputFile.open(file)) {
            CsvTable t = CsvTable.open(in, CsvOptions.STANDARD);
            assertThat(t.header()).containsExactly("id", "notes"); // byte-order mark skipped
            t.forEachRow(r -> seen.add(r.line() + ":" + r.text("ID") + ":" + r.text("notes").lines().count()));
            in.readToEnd();
            assertThat(in.bytesRead()).isEqualTo(Files.size(file));
        }
        assertThat(seen).containsExactly("2:1:3", "6:2:1", "7:3:1");
    }

    @Test
    void missingFileAndDirectoryAreNamed(@TempDir Path dir) {
        assertThatThrownBy(() -> InputFile.open(dir.resolve("nope.csv"))).hasMessageContaining("nope.csv").hasMessageContaining("file not found");
        assertThatThrownBy(() -> InputFile.open(dir)).hasMessageContaining("is a directory");
    }
}
