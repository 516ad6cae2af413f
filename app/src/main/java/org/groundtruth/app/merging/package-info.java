/** The {@code merge} command: propose, review, apply, undo and reject merges of duplicate incidents. */
package org.groundtruth.app.merging;
