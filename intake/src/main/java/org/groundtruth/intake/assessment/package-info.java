/**
 * Files for assessment: the bundled aircraft and munitions reference table, and military objective layers read from
 * GeoJSON or CSV, every problem named by file, line and field, all or nothing.
 */
package org.groundtruth.intake.assessment;
