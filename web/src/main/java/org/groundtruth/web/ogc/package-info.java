/** OGC API – Features Part 1 (core, GeoJSON, OpenAPI 3.0) over the incident ledger, at /ogc. */
package org.groundtruth.web.ogc;
