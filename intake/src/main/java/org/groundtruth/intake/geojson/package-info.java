/** Importer for GeoJSON FeatureCollections of Point features, read with a streaming parser. */
package org.groundtruth.intake.geojson;
