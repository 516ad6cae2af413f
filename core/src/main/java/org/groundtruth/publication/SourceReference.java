package org.groundtruth.publication;

import org.groundtruth.incident.Report;

import java.util.Objects;

/**
 * What may be published about one report's source: for an open source its name, link, record id and licence; for a
 * reference-only source (ACLED) its dataset and its own record id only. Restricted sources have no reference at all.
 *
 * @param recordId the source's own id for the row ("SYR1234"), null when its key is a content hash or unknown
 * @param name     the publisher as given, null unless the source is open
 * @param url      the link to the original, null unless the source is open and the link is http(s)
 */
public record SourceReference(String dataset, Republication terms, String recordId, String name, String url, String licenceMark) {
    public SourceReference {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(terms, "terms");
        if (terms == Republication.RESTRICTED) throw new IllegalArgumentException("a restricted source has no public reference");
        if (terms == Republication.REFERENCE_ONLY && (name != null || url != null)) {
            throw new IllegalArgumentException("a reference-only source is given by its id, not by its name or link");
        }
    }

    /** The reference for this report, or null when its source is restricted. */
    static SourceReference of(Report report, SourceLicence licence) {
        return switch (licence.terms()) {
            case RESTRICTED -> null;
            case REFERENCE_ONLY -> new SourceReference(licence.dataset(), licence.terms(), recordId(report.originKey()), null, null, licence.mark());
            case OPEN -> new SourceReference(licence.dataset(), licence.terms(), recordId(report.originKey()),
                    blankToNull(report.source().name()), publicUrl(report.source().url()), licence.mark());
        };
    }

    /** "acled:SYR1234" gives "SYR1234"; a key made of a content hash (32 or 64 hex digits) gives null. */
    static String recordId(String originKey) {
        int colon = originKey.indexOf(':');
        String id = colon < 0 ? originKey : originKey.substring(colon + 1);
        if (id.isBlank() || isContentHash(id)) return null;
        return id;
    }

    /** 32 or 64 lowercase hex digits; by hand, as String.matches compiled its pattern for every source of every exported row. */
    private static boolean isContentHash(String id) {
        if (id.length() != 32 && id.length() != 64) return false;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) return false;
        }
        return true;
    }

    /** "acled SYR1234", "ucdp-ged 214797 (SOHR)": one line for a list of sources. */
    public String display() {
        StringBuilder b = new StringBuilder(dataset);
        if (recordId != null) b.append(' ').append(recordId);
        if (name != null) b.append(" (").append(name).append(')');
        return b.toString();
    }

    private static String publicUrl(String url) {
        if (url == null) return null;
        String u = url.strip();
        return u.startsWith("https://") || u.startsWith("http://") ? u : null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
