package org.groundtruth.intake.evidence;

import org.groundtruth.evidence.Analysis;
import org.groundtruth.evidence.InMemoryBlobStore;
import org.groundtruth.evidence.PerceptualHash;
import org.groundtruth.evidence.StoredBlob;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataAnalyzerTest {
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();
    private final MetadataAnalyzer analyzer = new MetadataAnalyzer();

    private Analysis analyze(byte[] bytes, String name) {
        StoredBlob b = blobs.put(bytes);
        return analyzer.analyze(blobs, b.sha256(), name);
    }

    @Test
    void readsExifTimeWithItsOffsetGpsAndCameraFromAJpeg() {
        byte[] photo = TestMedia.withExif(TestMedia.jpeg(TestMedia.scene(1, 320, 240), 0.9f),
                "SAMSUNG", "SM-G900F", "2015:11:29 13:45:30", "+02:00", 35.8137, 36.6121);
        Analysis a = analyze(photo, "IMG_0001.JPG");
        assertThat(a.mediaType()).isEqualTo("image/jpeg");
        assertThat(a.nameMediaType()).isEqualTo("image/jpeg");
        assertThat(a.capture().capturedAt()).isEqualTo("2015-11-29T13:45:30+02:00");
        assertThat(a.capture().capturedAtSource()).isEqualTo("Exif SubIFD / Date/Time Original");
        assertThat(a.capture().latitude()).isCloseTo(35.8137, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(a.capture().longitude()).isCloseTo(36.6121, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(a.capture().device()).isEqualTo("SAMSUNG SM-G900F");
        assertThat(a.capture().fields()).containsKey("Exif IFD0 / Make");
        assertThat(a.perceptualHash()).isNotNull();
    }

    @Test
    void anExifTimeWithoutOffsetStaysLocal() {
        byte[] photo = TestMedia.withExif(TestMedia.jpeg(TestMedia.scene(1, 64, 48), 0.9f),
                "Canon", "Canon EOS 5D", "2015:10:01 07:05:00", null, 35.1, 36.7);
        Analysis a = analyze(photo, "x.jpg");
        assertThat(a.capture().capturedAt()).isEqualTo("2015-10-01T07:05");
        assertThat(a.capture().device()).isEqualTo("Canon EOS 5D");
    }

    @Test
    void readsTheCreationTimeOfAnMp4() {
        Analysis a = analyze(TestMedia.mp4(Instant.parse("2015-11-29T11:45:30Z")), "clip.mp4");
        assertThat(a.mediaType()).isEqualTo("video/mp4");
        assertThat(a.capture().capturedAt()).isEqualTo("2015-11-29T11:45:30Z");
        assertThat(a.capture().capturedAtSource()).contains("Creation Time");
        assertThat(a.perceptualHash()).isNull();
    }

    @Test
    void theTypeComesFromTheContentNotTheName() {
        byte[] png = TestMedia.png(TestMedia.scene(3, 100, 80));
        Analysis a = analyze(png, "report.pdf");
        assertThat(a.mediaType()).isEqualTo("image/png");
        assertThat(a.nameMediaType()).isEqualTo("application/pdf");

        Analysis pdf = analyze("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "photo.jpg");
        assertThat(pdf.mediaType()).isEqualTo("application/pdf");
        assertThat(pdf.nameMediaType()).isEqualTo("image/jpeg");
        assertThat(pdf.perceptualHash()).isNull();
    }

    @Test
    void theHeadOfAFileSaysWhatTheWholeFileWouldAndNamesAreReadOnTheirOwn() {
        MetadataAnalyzer analyzer = new MetadataAnalyzer();
        byte[] mp4 = TestMedia.mp4(Instant.parse("2015-11-29T11:45:30Z"));
        assertThat(analyzer.contentType(java.util.Arrays.copyOf(mp4, Math.min(mp4.length, org.groundtruth.evidence.FileHead.BYTES)))).isEqualTo("video/mp4");
        assertThat(analyzer.contentType(TestMedia.png(TestMedia.scene(3, 100, 80)))).isEqualTo("image/png");
        assertThat(analyzer.contentType("<!DOCTYPE html><html><body>hi</body></html>".getBytes(StandardCharsets.US_ASCII))).isEqualTo("text/html");
        assertThat(analyzer.contentType(new byte[0])).isEqualTo("application/octet-stream");
        assertThat(analyzer.nameType("clip.MP4")).isEqualTo("video/mp4");
        assertThat(analyzer.nameType("no-extension")).isNull();
    }

    @Test
    void unknownOrDamagedContentStillGetsAType() {
        Analysis a = analyze(new byte[] {0, 1, 2, 3, 4, 5}, null);
        assertThat(a.mediaType()).isEqualTo("application/octet-stream");
        assertThat(a.nameMediaType()).isNull();
        byte[] jpeg = TestMedia.jpeg(TestMedia.scene(1, 64, 48), 0.9f);
        byte[] truncated = java.util.Arrays.copyOf(jpeg, 40);
        Analysis broken = analyze(truncated, "broken.jpg");
        assertThat(broken.mediaType()).isEqualTo("image/jpeg");
        assertThat(broken.perceptualHash()).isNull();
    }

    @Test
    void reEncodedAndResizedCopiesAreNearDuplicatesAndOtherPicturesAreNot() {
        BufferedImage original = TestMedia.scene(42, 800, 600);
        PerceptualHash base = analyze(TestMedia.jpeg(original, 0.95f), "a.jpg").perceptualHash();
        PerceptualHash lowQuality = analyze(TestMedia.jpeg(original, 0.3f), "b.jpg").perceptualHash();
        PerceptualHash half = analyze(TestMedia.png(TestMedia.resized(original, 400, 300)), "c.png").perceptualHash();
        PerceptualHash thumb = analyze(TestMedia.jpeg(TestMedia.resized(original, 160, 120), 0.5f), "d.jpg").perceptualHash();
        PerceptualHash larger = analyze(TestMedia.jpeg(TestMedia.resized(original, 1600, 1200), 0.8f), "e.jpg").perceptualHash();
        for (PerceptualHash copy : new PerceptualHash[] {lowQuality, half, thumb, larger}) {
            System.out.println("PHASH copy distance " + base.distance(copy));
            assertThat(base.distance(copy)).as("copy %s of %s", copy, base).isLessThanOrEqualTo(PerceptualHash.NEAR_DUPLICATE_MAX_BITS);
            assertThat(base.nearDuplicateOf(copy)).isTrue();
        }
        for (long seed = 100; seed < 110; seed++) {
            PerceptualHash other = analyze(TestMedia.jpeg(TestMedia.scene(seed, 800, 600), 0.9f), "o.jpg").perceptualHash();
            System.out.println("PHASH other distance " + base.distance(other));
            assertThat(base.distance(other)).as("different picture, seed %d", seed).isGreaterThan(PerceptualHash.NEAR_DUPLICATE_MAX_BITS + 4);
        }
    }
}
