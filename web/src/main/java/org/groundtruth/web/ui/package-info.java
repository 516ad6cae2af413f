/** The browser UI: static pages and vendored assets served from the classpath, never from a CDN. */
package org.groundtruth.web.ui;
