/**
 * Place names for people: which names the map shows at each zoom ({@link LabelZooms}: the larger places first, smaller
 * ones only where they fit, villages only when zoomed in) and the look-up that finds a place as someone types its name
 * in Latin, Arabic or Cyrillic script ({@link PlaceDirectory}). The places are the gazetteer's, with the population and
 * the Arabic and Ukrainian names GeoNames gives ({@link PlaceName}); loading them is intake's work.
 */
package org.groundtruth.placename;
