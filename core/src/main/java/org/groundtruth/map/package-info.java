/**
 * The map's view of many incidents: counts per cell of a Web Mercator grid at the map's zoom ({@link MercatorGrid},
 * {@link CellCounter}), so that any number of matching incidents can be shown without sending each one.
 */
package org.groundtruth.map;
