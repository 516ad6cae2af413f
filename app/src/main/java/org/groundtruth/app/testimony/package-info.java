/**
 * Witness testimony on the command line: loading the testimony key from a key file or the environment
 * ({@link org.groundtruth.app.testimony.KeyOptions}, {@link org.groundtruth.app.testimony.KeyFiles}), {@code key new},
 * {@code key rotate}, {@code testimony add} and {@code testimony list}.
 */
package org.groundtruth.app.testimony;
