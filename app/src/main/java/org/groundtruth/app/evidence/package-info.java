/**
 * The evidence commands: {@code evidence add|list|show|export|verify-step}, {@code verify} (re-hash every file, walk
 * every chain of custody) and {@code verify-bundle} (check an exported bundle with nothing but the bundle).
 */
package org.groundtruth.app.evidence;
