/**
 * The store root ({@link org.groundtruth.store.Store}) and the keys by which it opens each feature's port
 * ({@link org.groundtruth.store.Port}). A feature adds its port interface with a {@code PORT} constant in its own
 * package, and its adapter in storage; nothing here changes.
 */
package org.groundtruth.store;
