package org.groundtruth.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One published version of a report, frozen: the PDF and the HTML as they were published are kept byte for byte, and
 * their SHA-256 digests are in the audit chain (action {@code report.publish}), so that the version can be shown
 * unchanged years later and anyone can check it is.
 *
 * @param generatedOn the date printed in it ("Generated on ...")
 * @param incidents   how many incidents it covers
 */
public record ReportVersion(long reportId, int version, LocalDate generatedOn, Instant publishedAt, String publishedBy, int incidents,
                            String pdfSha256, long pdfBytes, String htmlSha256, long htmlBytes) {
    public ReportVersion {
        if (version < 1) throw new IllegalArgumentException("versions count from 1");
        Objects.requireNonNull(pdfSha256, "pdfSha256");
        Objects.requireNonNull(htmlSha256, "htmlSha256");
    }

    /** The files a version is kept as. */
    public enum Format {
        PDF("pdf", "application/pdf"), HTML("html", "text/html; charset=utf-8");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public static java.util.Optional<Format> parse(String extension) {
            for (Format f : values()) if (f.extension.equalsIgnoreCase(extension)) return java.util.Optional.of(f);
            return java.util.Optional.empty();
        }
    }

    /** What is frozen at publication: the rendered files and what they cover. */
    public record Frozen(LocalDate generatedOn, int incidents, byte[] pdf, byte[] html) {
        public Frozen {
            Objects.requireNonNull(generatedOn, "generatedOn");
            Objects.requireNonNull(pdf, "pdf");
            Objects.requireNonNull(html, "html");
            if (pdf.length == 0 || html.length == 0) throw new IllegalArgumentException("a frozen version has its files");
        }
    }
}
