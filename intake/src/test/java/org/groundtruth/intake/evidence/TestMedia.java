package org.groundtruth.intake.evidence;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Real media made in the test: synthetic photographs encoded by ImageIO, EXIF segments, a minimal MP4. */
final class TestMedia {
    private TestMedia() {
    }

    /** A photograph-like picture: a sky gradient, ground, and random blobs (buildings, smoke), fixed by the seed. */
    static BufferedImage scene(long seed, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Random r = new Random(seed);
        for (int y = 0; y < height; y++) {
            float t = (float) y / height;
            g.setColor(new Color(0.3f + 0.4f * t, 0.5f + 0.3f * t, 0.9f - 0.5f * t));
            g.drawLine(0, y, width, y);
        }
        for (int i = 0; i < 25; i++) {
            g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256)));
            double w = width * (0.05 + 0.3 * r.nextDouble());
            double h = height * (0.05 + 0.3 * r.nextDouble());
            double x = r.nextDouble() * (width - w);
            double y = r.nextDouble() * (height - h);
            if (r.nextBoolean()) g.fill(new Ellipse2D.Double(x, y, w, h));
            else g.fillRect((int) x, (int) y, (int) w, (int) h);
        }
        g.dispose();
        return img;
    }

    static BufferedImage resized(BufferedImage src, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(src, 0, 0, width, height, null);
        g.dispose();
        return img;
    }

    static byte[] jpeg(BufferedImage img, float quality) {
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            w.setOutput(ios);
            ImageWriteParam p = w.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            w.write(null, new IIOImage(img, null, null), p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            w.dispose();
        }
        return out.toByteArray();
    }

    static byte[] png(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JPEG with an EXIF APP1 segment inserted after SOI: make, model, date/time original with its offset, GPS. */
    static byte[] withExif(byte[] jpeg, String make, String model, String dateTimeOriginal, String offset, double lat, double lon) {
        byte[] tiff = exifTiff(make, model, dateTimeOriginal, offset, lat, lon);
        ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + tiff.length);
        app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + tiff.length));
        app1.put("Exif\0\0".getBytes(StandardCharsets.US_ASCII)).put(tiff);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(app1.array(), 0, app1.capacity());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private record Entry(int tag, int type, int count, byte[] value) {
    }

    private static Entry ascii(int tag, String s) {
        byte[] b = (s + "\0").getBytes(StandardCharsets.US_ASCII);
        return new Entry(tag, 2, b.length, b);
    }

    private static Entry longValue(int tag, int v) {
        return new Entry(tag, 4, 1, ByteBuffer.allocate(4).putInt(v).array());
    }

    private static Entry degrees(int tag, double deg) {
        ByteBuffer b = ByteBuffer.allocate(24);
        double a = Math.abs(deg);
        int d = (int) a;
        int m = (int) ((a - d) * 60);
        double s = ((a - d) * 60 - m) * 60;
        b.putInt(d).putInt(1).putInt(m).putInt(1).putInt((int) Math.round(s * 10_000)).putInt(10_000);
        return new Entry(tag, 5, 3, b.array());
    }

    private static int ifdSize(List<Entry> entries) {
        return 2 + 12 * entries.size() + 4;
    }

    static byte[] exifTiff(String make, String model, String dateTimeOriginal, String offset, double lat, double lon) {
        List<Entry> exif = new ArrayList<>(List.of(ascii(0x9003, dateTimeOriginal)));
        if (offset != null) exif.add(ascii(0x9011, offset));
        List<Entry> gps = List.of(ascii(0x0001, lat >= 0 ? "N" : "S"), degrees(0x0002, lat), ascii(0x0003, lon >= 0 ? "E" : "W"), degrees(0x0004, lon));
        int ifd0Offset = 8;
        int ifd0Count = 4;
        int exifOffset = ifd0Offset + 2 + 12 * ifd0Count + 4;
        int gpsOffset = exifOffset + ifdSize(exif);
        int dataOffset = gpsOffset + ifdSize(gps);
        List<Entry> ifd0 = List.of(ascii(0x010F, make), ascii(0x0110, model), longValue(0x8769, exifOffset), longValue(0x8825, gpsOffset));
        ByteBuffer out = ByteBuffer.allocate(4096);
        out.put("MM".getBytes(StandardCharsets.US_ASCII)).putShort((short) 42).putInt(ifd0Offset);
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        for (List<Entry> ifd : List.of(ifd0, exif, gps)) {
            out.putShort((short) ifd.size());
            for (Entry e : ifd) {
                out.putShort((short) e.tag()).putShort((short) e.type()).putInt(e.count());
                if (e.value().length <= 4) {
                    out.put(java.util.Arrays.copyOf(e.value(), 4));
                } else {
                    out.putInt(dataOffset + data.size());
                    data.write(e.value(), 0, e.value().length);
                    if (data.size() % 2 == 1) data.write(0);
                }
            }
            out.putInt(0);
        }
        out.put(data.toByteArray());
        return java.util.Arrays.copyOf(out.array(), out.position());
    }

    /** A minimal MP4: ftyp (isom), moov with an mvhd saying when it was created, and a small mdat. */
    static byte[] mp4(Instant created) {
        long since1904 = created.getEpochSecond() + 2_082_844_800L;
        ByteBuffer mvhd = ByteBuffer.allocate(108);
        mvhd.putInt(108).put("mvhd".getBytes(StandardCharsets.US_ASCII)).putInt(0);
        mvhd.putInt((int) since1904).putInt((int) since1904).putInt(1000).putInt(5000);
        mvhd.putInt(0x00010000).putShort((short) 0x0100).put(new byte[10]);
        for (int v : new int[] {0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000}) mvhd.putInt(v);
        mvhd.put(new byte[24]).putInt(2);
        ByteBuffer all = ByteBuffer.allocate(24 + 8 + 108 + 16);
        all.putInt(24).put("ftyp".getBytes(StandardCharsets.US_ASCII)).put("isom".getBytes(StandardCharsets.US_ASCII)).putInt(0x200)
                .put("isom".getBytes(StandardCharsets.US_ASCII)).put("mp42".getBytes(StandardCharsets.US_ASCII));
        all.putInt(8 + 108).put("moov".getBytes(StandardCharsets.US_ASCII)).put(mvhd.array());
        all.putInt(16).put("mdat".getBytes(StandardCharsets.US_ASCII)).putLong(0x0102030405060708L);
        return all.array();
    }
}
