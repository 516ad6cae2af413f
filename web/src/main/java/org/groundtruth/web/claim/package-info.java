/** Claims and responses on the web: the claims API, the claims and responses in incident JSON, matching on arrival. */
package org.groundtruth.web.claim;
