/**
 * The store root over JDBC ({@link org.groundtruth.storage.store.JdbcStore}) and the one list that says which adapter
 * implements each feature's port ({@link org.groundtruth.storage.store.JdbcAdapters}).
 */
package org.groundtruth.storage.store;
