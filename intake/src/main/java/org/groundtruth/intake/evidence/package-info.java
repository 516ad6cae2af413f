/**
 * Evidence files in and out: {@link org.groundtruth.intake.evidence.MetadataAnalyzer} (type from content with Tika,
 * capture metadata with metadata-extractor, perceptual hash of images), {@link org.groundtruth.intake.evidence.EvidenceBundle}
 * (export of an incident's evidence as a zip) and {@link org.groundtruth.intake.evidence.BundleVerifier} (checks a
 * bundle anywhere, reading it through {@link org.groundtruth.intake.evidence.SafeZip}'s limits).
 */
package org.groundtruth.intake.evidence;
