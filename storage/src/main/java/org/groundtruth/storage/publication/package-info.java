/**
 * The JDBC adapter of the publication port ({@link org.groundtruth.publication.PublicationLedger}) on a
 * {@link org.groundtruth.storage.jdbc.Database}: published incidents read in chunks by id (so an export of a million
 * takes the memory of one chunk), licence marks. Its tables come from {@code db/migration/{sqlite,postgres}/publication}.
 */
package org.groundtruth.storage.publication;
