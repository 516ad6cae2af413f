/** The JSON API at /api: read, create and correct incidents and reports, stats, imports, and the OpenAPI document. */
package org.groundtruth.web.api;
