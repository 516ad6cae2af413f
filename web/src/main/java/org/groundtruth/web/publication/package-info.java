/**
 * Publication on the web: open datasets at {@code /api/exports} (published incidents only, redacted by the exporter,
 * streamed), and the UI module that downloads them ({@code web/features/exports.js}).
 */
package org.groundtruth.web.publication;
