/**
 * Early warning's commands and wiring (issue 11): {@code spotter add|revoke|list}, and {@link
 * org.groundtruth.app.warning.WarningWiring}, which gives the server its reference tables and the gazetteer's towns.
 */
package org.groundtruth.app.warning;
