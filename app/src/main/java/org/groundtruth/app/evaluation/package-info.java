/** {@code groundtruth evaluate}: every judging engine on the labelled sets shipped in the repository (docs/accuracy.md). */
package org.groundtruth.app.evaluation;
