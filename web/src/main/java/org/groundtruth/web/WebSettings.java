package org.groundtruth.web;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.groundtruth.assessment.StatementSource;
import org.groundtruth.attribution.WeaponTable;
import org.groundtruth.evidence.BundleWriter;
import org.groundtruth.evidence.EvidenceService;
import org.groundtruth.placename.PlaceDirectory;

/**
 * How the server listens and what the UI shows.
 *
 * @param host             the interface to bind; on loopback the server also refuses requests naming another host
 * @param port             the port, 0 for any free one (the running server tells which)
 * @param tileUrlTemplate  an XYZ tile URL ("https://.../{z}/{x}/{y}.png") for a raster basemap, or null for the
 *                         default: country outlines served by the app itself, nothing fetched from elsewhere
 * @param tileAttribution  the attribution the tile provider requires, shown under the map; may be null
 * @param governorates     names offered in the filter panel (from the gazetteer), asked for on each request
 * @param weapons          the aircraft and munitions reference table attribution uses (empty: none)
 * @param statements       the parties' claims and responses about an incident, for attribution and grading
 * @param evidence         the evidence service (blob store, ledger, analyzer); null: evidence routes answer 503
 * @param uploadMaxBytes   the largest evidence upload accepted (413 above it); JSON bodies keep their own 1 MB limit
 * @param evidenceBundles  writes an incident's evidence bundle; null: the bundle route answers 503
 * @param publicUrl        the address the public reaches the server at, behind a proxy ("https://example.org" or
 *                         with a path prefix), for the absolute links the OGC API writes; null: the request's own
 * @param places           the gazetteer's places for the map's names and the place look-up (empty: none)
 * @param warning          early warning's reference tables, places and delivery settings; null: no sightings accepted
 * @param intake           text intake's extractor, readers and submission limits; null: intake routes answer 503
 */
public record WebSettings(String host, int port, String tileUrlTemplate, String tileAttribution,
                          Supplier<List<String>> governorates, WeaponTable weapons, StatementSource statements,
                          EvidenceService evidence, long uploadMaxBytes, BundleWriter evidenceBundles, String publicUrl,
                          PlaceDirectory places, org.groundtruth.web.warning.WarningSetup warning,
                          org.groundtruth.web.intake.IntakeSetup intake) {
    public static final String LOOPBACK = "127.0.0.1";
    /** Default upload limit: 4 GiB (a long video). */
    public static final long DEFAULT_UPLOAD_MAX_BYTES = 4L << 30;

    public WebSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port " + port + " is outside 0..65535");
        if (tileUrlTemplate != null && tileUrlTemplate.isBlank()) tileUrlTemplate = null;
        if (tileUrlTemplate != null && !(tileUrlTemplate.contains("{z}") && tileUrlTemplate.contains("{x}") && tileUrlTemplate.contains("{y}"))) {
            throw new IllegalArgumentException("tile URL template " + tileUrlTemplate + " lacks {z}, {x} or {y}");
        }
        governorates = governorates == null ? List::of : governorates;
        weapons = weapons == null ? WeaponTable.empty() : weapons;
        statements = statements == null ? StatementSource.NONE : statements;
        if (uploadMaxBytes < 1) throw new IllegalArgumentException("upload limit " + uploadMaxBytes + " bytes is not positive");
        publicUrl = publicUrl(publicUrl);
        places = places == null ? PlaceDirectory.EMPTY : places;
    }

    /** The public URL without a trailing slash, or null; refuses anything but an absolute http(s) URL without query or fragment. */
    private static String publicUrl(String url) {
        if (url == null || url.isBlank()) return null;
        java.net.URI u;
        try {
            u = new java.net.URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("public URL '" + url + "' is not a URL: " + e.getReason());
        }
        if (!("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme())) || u.getHost() == null
                || u.getQuery() != null || u.getFragment() != null || u.getUserInfo() != null) {
            throw new IllegalArgumentException("public URL '" + url + "' must be http(s)://host[:port][/path], without user, query or fragment");
        }
        return u.toString().replaceAll("/+$", "");
    }

    public WebSettings(String host, int port, String tileUrlTemplate, String tileAttribution, Supplier<List<String>> governorates) {
        this(host, port, tileUrlTemplate, tileAttribution, governorates, null, null, null, DEFAULT_UPLOAD_MAX_BYTES, null, null, null, null, null);
    }

    /** Loopback only, no external tiles, no gazetteer names. */
    public static WebSettings local(int port) {
        return new WebSettings(LOOPBACK, port, null, null, List::of);
    }

    public WebSettings withTiles(String urlTemplate, String attribution) {
        return new WebSettings(host, port, urlTemplate, attribution, governorates, weapons, statements, evidence, uploadMaxBytes, evidenceBundles, publicUrl, places, warning, intake);
    }

    public WebSettings withGovernorates(Supplier<List<String>> names) {
        return new WebSettings(host, port, tileUrlTemplate, tileAttribution, names, weapons, statements, evidence, uploadMaxBytes, evidenceBundles, publicUrl, places, warning, intake);
    }

    public WebSettings withAssessment(WeaponTable table, StatementSource said) {
        return new WebSettings(host, port, tileUrlTemplate, tileAttribution, governorates, table, said, evidence, uploadMaxBytes, evidenceBundles, publicUrl, places, warning, intake);
    }

    /** Serves evidence through {@code service}, accepting uploads up to {@code maxBytes}, and bundles through {@code bundles} (may be null). */
    public WebSettings withEvidence(EvidenceService service, long maxBytes, BundleWriter bundles) {
        return new WebSettings(host, port, tileUrlTemplate, tileAttribution, governorates, weapons, statements, service, maxBytes, bundles, publicUrl, places, warning, intake);
    }

    /** Writes absolute links with {@code url} in place of the request's scheme and host (see {@code publicUrl}). */
    public WebSettings withPublicUrl(String url) {
        return new WebSettings(host, port, tileUrlTemplate, tileAttribution, governorates, weapons, statements, evidence, uploadMaxBytes, evidenceBundles, url, places, warning, intake);
    }

    /** Names places on the map and looks them up for the incident form from {@code directory}. */
    public WebSettings withPlaces(PlaceDirectory directory) {
        return new WebSettings(host, port, tileUrlTemplate, tileAttribution, governorates, weapons, statements, evidence, uploadMaxBytes, evidenceBundles, publicUrl, directory, warning, intake);
    }

    /** The same settings listening on {@code newHost}. */
    public WebSettings withHost(String newHost) {
        return new WebSettings(newHost, port, tileUrlTemplate, tileAttribution, governorates, weapons, statements, evidence, uploadMaxBytes, evidenceBundles, publicUrl, places, warning, intake);
    }

    /** Reads pasted texts and public submissions with this extractor and these readers and limits (issue 13). */
    public WebSettings withIntake(org.groundtruth.web.intake.IntakeSetup setup) {
        return new WebSettings(host, port, tileUrlTemplate, tileAttribution, governorates, weapons, statements, evidence, uploadMaxBytes, evidenceBundles, publicUrl, places, warning, setup);
    }

    /** Accepts sightings and delivers alerts with these reference tables, places and channels (issue 11). */
    public WebSettings withWarning(org.groundtruth.web.warning.WarningSetup setup) {
        return new WebSettings(host, port, tileUrlTemplate, tileAttribution, governorates, weapons, statements, evidence, uploadMaxBytes, evidenceBundles, publicUrl, places, setup, intake);
    }
}
