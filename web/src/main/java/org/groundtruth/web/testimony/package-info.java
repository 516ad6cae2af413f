/**
 * Witness testimony over HTTP: {@link org.groundtruth.web.testimony.TestimonyApi} lists, reads and adds statements;
 * what each caller sees is decided by {@link org.groundtruth.testimony.TestimonyPolicy} from the caller's
 * {@link org.groundtruth.testimony.Audience}. Identities appear only in answers to admins and investigators.
 */
package org.groundtruth.web.testimony;
