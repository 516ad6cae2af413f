/**
 * Reports: {@link org.groundtruth.publish.report.ReportRenderer} renders a redacted
 * {@link org.groundtruth.publication.ReportDocument} as PDF/A-3a tagged for PDF/UA (with the incidents attached as
 * CSV and GeoJSON) or as one self-contained HTML file, from the same XHTML ({@code HtmlReport}); the map
 * ({@code MapFigure}: Natural Earth outlines, gazetteer names, precision circles, scale bar) and the timeline
 * ({@code TimelineFigure}) are SVG written by hand; words come from {@code wording_en/ar.properties}; right-to-left
 * text goes through ICU4J ({@code IcuBidi}).
 */
package org.groundtruth.publish.report;
