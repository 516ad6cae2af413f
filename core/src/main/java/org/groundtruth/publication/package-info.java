/**
 * Publication as pure rules and values: what of the store may leave it in a report or an open dataset, and the
 * report's content computed from incident values.
 * <ul>
 *   <li>Redaction: {@link org.groundtruth.publication.SourceLicences} (each dataset's licence mark: open, reference
 *       only, restricted), {@link org.groundtruth.publication.Redaction} (an incident as an export row, with no
 *       internal id, no report text, no restricted source and reference-only sources as their ids);</li>
 *   <li>Reports: {@link org.groundtruth.publication.Selection} (which incidents), {@link org.groundtruth.publication.ReportDraft}
 *       (the sections people write), {@link org.groundtruth.publication.ReportAssembler} (checks the draft against
 *       the rules, refusing with {@link org.groundtruth.publication.PublicationRefusedException} naming what would
 *       leak, and builds a {@link org.groundtruth.publication.ReportDocument});</li>
 *   <li>Figures computed, never typed: {@link org.groundtruth.publication.SummaryFigures} (ranges by governorate and
 *       party) and {@link org.groundtruth.publication.MethodSection} (the method, from the data's lineage).</li>
 * </ul>
 * Rendering (HTML, PDF/A, CSV, GeoJSON, GeoPackage, TimeMap) lives in the {@code publish} module; storing reports and
 * their versions behind a port comes with the store's feature ports.
 */
package org.groundtruth.publication;
