/** The map's own API: counts of matching incidents per grid cell at the map's zoom (issue 9 item 4). */
package org.groundtruth.web.map;
