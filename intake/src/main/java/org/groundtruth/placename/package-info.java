/**
 * Loads the place names the map shows and the place look-up offers ({@link BundledPlaceNames}): the bundled
 * gazetteer's places joined with GeoNames' populations and Arabic and Ukrainian names.
 */
package org.groundtruth.placename;
