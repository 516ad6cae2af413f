/**
 * Accuracy of the judging engines on the labelled sets shipped under /evaluation (built from real public data; how,
 * and the figures, in docs/accuracy.md): claim matching, merging, attribution. Each evaluation reads its set, runs
 * the core engine as the product runs it, and returns figures and lines for `groundtruth evaluate`.
 */
package org.groundtruth.intake.evaluation;
