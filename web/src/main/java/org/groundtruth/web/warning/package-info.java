/**
 * Early warning on the web (issue 11, docs/architecture/warning.md): {@link org.groundtruth.web.warning.WarningApi}
 * takes sightings ({@code POST /api/sightings} with a spotter's token, and MQTT), runs them through
 * {@link org.groundtruth.web.warning.WarningService} (check, ledger, alert desk, alerts ledger) and hands every alert
 * change to the delivery channels ({@link org.groundtruth.web.warning.Delivery}): Server-Sent Events, MQTT topics per
 * area, signed webhooks, and the CAP 1.2 feed read on demand. Nothing here names a spotter or a post in what it
 * publishes or logs.
 */
package org.groundtruth.web.warning;
