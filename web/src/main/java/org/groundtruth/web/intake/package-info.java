/**
 * Text intake on the web (issue 13): investigators paste a text, an HTML page or a JSONL of posts and review the
 * candidates it yields, each value highlighted in the text ({@link org.groundtruth.web.intake.IntakeApi}, UI module
 * {@code features/intake.js}); anyone may send an account of a strike from {@code /submit}, which waits for a moderator
 * ({@link org.groundtruth.web.intake.SubmissionApi}).
 */
package org.groundtruth.web.intake;
