package org.groundtruth.intake.evidence;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.mov.QuickTimeDirectory;
import com.drew.metadata.mov.metadata.QuickTimeMetadataDirectory;
import com.drew.metadata.mp4.Mp4Directory;
import com.drew.metadata.xmp.XmpDirectory;
import org.apache.tika.Tika;
import org.groundtruth.evidence.Analysis;
import org.groundtruth.evidence.BlobStore;
import org.groundtruth.evidence.CaptureMetadata;
import org.groundtruth.evidence.EvidenceAnalyzer;
import org.groundtruth.evidence.FileHead;
import org.groundtruth.evidence.PerceptualHash;
import org.groundtruth.evidence.Sha256;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what a stored file is: its media type from its first bytes (Apache Tika's magic database; the name is only
 * compared), its capture metadata (metadata-extractor: EXIF date/time original with its offset, XMP dates,
 * QuickTime/MP4 creation time, GPS, camera make and model), and for images ImageIO can decode, a perceptual hash.
 * A file it cannot parse still gets a type and empty metadata (decisions 0601, 0602).
 */
public final class MetadataAnalyzer implements EvidenceAnalyzer {
    static final int MAX_FIELDS = 300;
    static final int MAX_FIELD_CHARS = 300;
    /** Images are decoded subsampled to about this many pixels on their longer side before hashing. */
    static final int DECODE_SIDE = 512;
    static final long MAX_IMAGE_PIXELS = 1L << 30;
    private static final DateTimeFormatter EXIF_TIME = DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss");
    private static final Pattern ISO6709 = Pattern.compile("^([+-]\\d+(?:\\.\\d+)?)([+-]\\d+(?:\\.\\d+)?)");

    private final Tika tika = new Tika();

    @Override
    public Analysis analyze(BlobStore store, Sha256 sha256, String originalName) {
        String type = sniff(store, sha256);
        String nameType = nameType(originalName);
        CaptureMetadata capture = capture(store, sha256);
        PerceptualHash phash = type.startsWith("image/") ? perceptualHash(store, sha256) : null;
        return new Analysis(type, nameType, capture, phash);
    }

    String sniff(BlobStore store, Sha256 sha256) {
        try (InputStream in = new BlobInputStream(store.reader(sha256))) {
            return contentType(in.readNBytes(FileHead.BYTES));
        } catch (IOException e) {
            return "application/octet-stream";
        }
    }

    /** Tika reads at most the first 64 KiB ({@link FileHead#BYTES}) for its magic, so the head says as much as the file. */
    @Override
    public String contentType(byte[] head) {
        try {
            return refineIsoMedia(tika.detect(head), head); // content only: no name given
        } catch (RuntimeException e) {
            return "application/octet-stream";
        }
    }

    /**
     * Tika's core magic knows MP4 only by the "mp41"/"mp42" brands and calls every other ISO media file QuickTime;
     * the major brand in the ftyp box says which it is ("isom" from most Android phones is MP4, "qt  " QuickTime).
     */
    static String refineIsoMedia(String type, byte[] head) {
        if (!"video/quicktime".equals(type) || head.length < 12) return type;
        String box = new String(head, 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (!box.equals("ftyp")) return type;
        String brand = new String(head, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        return switch (brand) {
            case "isom", "iso2", "iso4", "iso5", "iso6", "mp41", "mp42", "avc1", "dash", "M4V ", "MSNV" -> "video/mp4";
            case "M4A ", "M4B " -> "audio/mp4";
            case "3gp4", "3gp5", "3gp6", "3ge6", "3gg6" -> "video/3gpp";
            default -> type;
        };
    }

    @Override
    public String nameType(String originalName) {
        if (originalName == null || !originalName.contains(".")) return null;
        String t = tika.detect(originalName);
        return "application/octet-stream".equals(t) ? null : t;
    }

    CaptureMetadata capture(BlobStore store, Sha256 sha256) {
        Metadata metadata;
        try (InputStream in = new BufferedInputStream(new BlobInputStream(store.reader(sha256)), 1 << 16)) {
            metadata = ImageMetadataReader.readMetadata(in);
        } catch (Exception unparseable) {
            return CaptureMetadata.NONE; // not a format metadata-extractor reads, or a damaged one
        }
        return capture(metadata);
    }

    static CaptureMetadata capture(Metadata metadata) {
        String at = null;
        String atSource = null;
        ExifSubIFDDirectory sub = metadata.getFirstDirectoryOfType(ExifSubIFDDirectory.class);
        if (sub != null && sub.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL) != null) {
            at = exifTime(sub.getString(ExifSubIFDDirectory.TAG_DATETIME_ORIGINAL), sub.getString(ExifSubIFDDirectory.TAG_TIME_ZONE_ORIGINAL));
            if (at != null) atSource = "Exif SubIFD / Date/Time Original";
        }
        if (at == null) {
            XmpDirectory xmp = metadata.getFirstDirectoryOfType(XmpDirectory.class);
            if (xmp != null) {
                for (String key : new String[] {"exif:DateTimeOriginal", "photoshop:DateCreated", "xmp:CreateDate"}) {
                    String v = xmp.getXmpProperties().get(key);
                    if (v != null && !v.isBlank()) {
                        at = v.strip();
                        atSource = "XMP / " + key;
                        break;
                    }
                }
            }
        }
        if (at == null) {
            QuickTimeMetadataDirectory qtm = metadata.getFirstDirectoryOfType(QuickTimeMetadataDirectory.class);
            if (qtm != null && qtm.getString(QuickTimeMetadataDirectory.TAG_CREATION_DATE) != null) {
                at = qtm.getString(QuickTimeMetadataDirectory.TAG_CREATION_DATE).strip();
                atSource = "QuickTime Metadata / Creation Date";
            }
        }
        if (at == null) {
            at = movieTime(metadata.getFirstDirectoryOfType(QuickTimeDirectory.class), QuickTimeDirectory.TAG_CREATION_TIME);
            if (at != null) atSource = "QuickTime / Creation Time (UTC)";
        }
        if (at == null) {
            at = movieTime(metadata.getFirstDirectoryOfType(Mp4Directory.class), Mp4Directory.TAG_CREATION_TIME);
            if (at != null) atSource = "MP4 / Creation Time (UTC)";
        }
        if (at == null) {
            ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (ifd0 != null && ifd0.getString(ExifIFD0Directory.TAG_DATETIME) != null) {
                at = exifTime(ifd0.getString(ExifIFD0Directory.TAG_DATETIME), null);
                if (at != null) atSource = "Exif IFD0 / Date/Time (last changed)";
            }
        }

        Double lat = null;
        Double lon = null;
        GpsDirectory gps = metadata.getFirstDirectoryOfType(GpsDirectory.class);
        GeoLocation where = gps == null ? null : gps.getGeoLocation();
        if (where != null && !where.isZero() && Math.abs(where.getLatitude()) <= 90 && Math.abs(where.getLongitude()) <= 180) {
            lat = where.getLatitude();
            lon = where.getLongitude();
        } else {
            QuickTimeMetadataDirectory qtm = metadata.getFirstDirectoryOfType(QuickTimeMetadataDirectory.class);
            String iso = qtm == null ? null : qtm.getString(QuickTimeMetadataDirectory.TAG_LOCATION_ISO6709);
            Matcher m = iso == null ? null : ISO6709.matcher(iso.strip());
            if (m != null && m.find()) {
                double la = Double.parseDouble(m.group(1));
                double lo = Double.parseDouble(m.group(2));
                if (Math.abs(la) <= 90 && Math.abs(lo) <= 180) {
                    lat = la;
                    lon = lo;
                }
            }
        }

        String device = null;
        ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
        if (ifd0 != null) device = joined(ifd0.getString(ExifIFD0Directory.TAG_MAKE), ifd0.getString(ExifIFD0Directory.TAG_MODEL));
        if (device == null) {
            QuickTimeMetadataDirectory qtm = metadata.getFirstDirectoryOfType(QuickTimeMetadataDirectory.class);
            if (qtm != null) device = joined(qtm.getString(QuickTimeMetadataDirectory.TAG_MAKE), qtm.getString(QuickTimeMetadataDirectory.TAG_MODEL));
        }

        Map<String, String> fields = new LinkedHashMap<>();
        for (Directory d : metadata.getDirectories()) {
            for (Tag t : d.getTags()) {
                if (fields.size() >= MAX_FIELDS) break;
                String v = t.getDescription();
                if (v == null || v.isBlank() || v.length() > MAX_FIELD_CHARS || v.contains("bytes binary data")) continue;
                fields.put(d.getName() + " / " + t.getTagName(), v.strip());
            }
        }
        return new CaptureMetadata(at, atSource, lat, lon, device, fields);
    }

    private static String joined(String make, String model) {
        String a = make == null ? "" : make.strip();
        String b = model == null ? "" : model.strip();
        if (!a.isEmpty() && b.startsWith(a)) a = "";
        String s = (a + " " + b).strip();
        return s.isEmpty() ? null : s;
    }

    /** EXIF keeps local clock time; the offset tag (EXIF 2.31), when present, says which zone. */
    static String exifTime(String local, String offset) {
        try {
            LocalDateTime t = LocalDateTime.parse(local.strip(), EXIF_TIME);
            if (offset != null && offset.strip().matches("[+-]\\d{2}:\\d{2}")) return t + offset.strip();
            return t.toString();
        } catch (RuntimeException e) {
            return null; // "0000:00:00 00:00:00" and other placeholders: no time
        }
    }

    private static String movieTime(Directory d, int tag) {
        if (d == null) return null;
        Date date = d.getDate(tag);
        if (date == null) return null;
        Instant t = date.toInstant();
        if (t.isBefore(Instant.parse("1971-01-01T00:00:00Z"))) return null; // zero in the 1904 epoch: not set
        return t.atOffset(ZoneOffset.UTC).toInstant().toString();
    }

    /** The perceptual hash of an image ImageIO can decode; null for other images (WebP, HEIC) or damaged ones. */
    PerceptualHash perceptualHash(BlobStore store, Sha256 sha256) {
        try (InputStream in = new BufferedInputStream(new BlobInputStream(store.reader(sha256)), 1 << 16);
             ImageInputStream iis = ImageIO.createImageInputStream(in)) {
            if (iis == null) return null;
            Iterator<ImageReader> readers = ImageIO.getImageReaders(iis);
            if (!readers.hasNext()) return null;
            ImageReader reader = readers.next();
            try {
                reader.setInput(iis, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0 || (long) w * h > MAX_IMAGE_PIXELS) return null;
                ImageReadParam param = reader.getDefaultReadParam();
                int step = Math.max(1, Math.max(w, h) / DECODE_SIDE);
                param.setSourceSubsampling(step, step, 0, 0);
                return Images.perceptualHash(reader.read(0, param));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
