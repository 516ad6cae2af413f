/**
 * Publication on the command line: {@code export} (open datasets, redacted by the exporter) and {@code licence}
 * (each dataset's licence mark, which decides what of its rows may be published).
 */
package org.groundtruth.app.publication;
