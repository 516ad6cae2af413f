/**
 * Open dataset writers. {@link org.groundtruth.publish.dataset.Columns} is the one table of columns (name, HXL tag,
 * type, meaning, value) that the CSV, the GeoJSON properties, the GeoPackage attributes and the data dictionary all
 * read, so the formats cannot drift apart. Every writer streams: it takes an iterator of already redacted
 * {@link org.groundtruth.publication.PublishedIncident}s and writes as it reads.
 */
package org.groundtruth.publish.dataset;
