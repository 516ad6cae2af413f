package org.groundtruth.evidence;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether a file's content contradicts the type its name claims (decision record 0608). Only a change of kind counts:
 * a photo named as a PDF, a web page or a program named as a photo or a video. Variants of one kind do not: an iPhone
 * HEIC named .jpg, a QuickTime file named .mp4, a voice memo in an MP4 box, an Office file that is a zip inside. When
 * the content or the name says nothing, there is nothing to contradict.
 */
public final class TypeClaims {
    private static final String UNKNOWN = "application/octet-stream";

    private TypeClaims() {
    }

    /** Why the content contradicts the name ("its content is image/png, but its name says application/pdf"), or empty. */
    public static Optional<String> contradiction(String nameType, String contentType) {
        if (nameType == null || contentType == null) return Optional.empty();
        String name = bare(nameType), content = bare(contentType);
        if (name.equals(UNKNOWN) || content.equals(UNKNOWN) || kind(name).equals(kind(content))) return Optional.empty();
        return Optional.of("its content is " + content + ", but its name says " + name);
    }

    /** The kind of file a type belongs to; types of one kind may stand for each other. */
    static String kind(String type) {
        if (type.startsWith("image/")) return "image";
        if (type.startsWith("video/") || type.startsWith("audio/") || type.equals("application/ogg") || type.equals("application/x-matroska")) {
            return "audio or video";
        }
        if (type.startsWith("text/") || type.startsWith("message/") || type.endsWith("+xml") || type.endsWith("+json")
                || type.equals("application/json") || type.equals("application/xml")) {
            return "text";
        }
        if (type.equals("application/zip") || type.equals("application/x-tika-ooxml") || type.endsWith("+zip")
                || type.startsWith("application/vnd.openxmlformats") || type.startsWith("application/vnd.oasis.opendocument")
                || type.equals("application/java-archive") || type.equals("application/vnd.android.package-archive")
                || type.equals("application/vnd.google-earth.kmz")) {
            return "zip";
        }
        if (type.equals("application/x-tika-msoffice") || type.equals("application/msword") || type.startsWith("application/vnd.ms-")
                || type.equals("application/x-ole-storage")) {
            return "ole";
        }
        return type;
    }

    private static String bare(String type) {
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }
}
