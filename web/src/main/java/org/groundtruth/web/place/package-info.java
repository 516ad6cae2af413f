/**
 * Places for people: {@code GET /api/places?q=} looks a place up as its name is typed (the incident form), and
 * {@code GET /api/map/names?zoom=&bbox=} gives the names the map shows in its view at its zoom; both from the
 * gazetteer's {@link org.groundtruth.placename.PlaceDirectory}.
 */
package org.groundtruth.web.place;
