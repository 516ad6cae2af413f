/**
 * Scoring of a {@link org.groundtruth.extraction.TextExtractor} on labelled texts: strikes paired with candidates,
 * precision and recall per field (date within its precision, place as the right gazetteer entry, killed exact,
 * injured, children, women, objects, parties, responses, aircraft, munitions, bases, events). Pure code; the labelled
 * sets are read by intake ({@code org.groundtruth.intake.text.LabelledSets}).
 */
package org.groundtruth.extraction.evaluation;
