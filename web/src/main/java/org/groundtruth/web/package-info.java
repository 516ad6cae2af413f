/** The HTTP server: wiring of the OGC API, the JSON API and the UI onto one Javalin instance, plus shared JSON and errors. */
package org.groundtruth.web;
