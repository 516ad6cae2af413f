/**
 * Output adapters for publication: open datasets ({@code dataset}: CSV with ACLED-compatible columns and an optional
 * HXL row, GeoJSON, GeoPackage, TimeMap JSON, the data dictionary) and reports ({@code report}: HTML and PDF/A-3
 * with PDF/UA tagging, the map and timeline figures, fonts for English and Arabic). Everything here renders values
 * that core's {@code publication} package has already redacted; nothing here decides what may be published.
 */
package org.groundtruth.publish;
