/**
 * Text intake's engine: reads an article, a post or a witness account in English, Arabic or Ukrainian and proposes
 * candidate reports of strikes, each value tied to the characters it came from (docs/architecture/extraction.md).
 *
 * <p>Pure code: no I/O. Places come through the {@link org.groundtruth.extraction.PlaceLookup} port (the gazetteer),
 * word forms through {@link org.groundtruth.extraction.WordForms} (a morphological analyser may replace the built-in
 * suffix rules). The extractor sits behind {@link org.groundtruth.extraction.TextExtractor} so that another (a learned
 * model) can replace it and be scored the same way ({@code org.groundtruth.extraction.evaluation}).
 */
package org.groundtruth.extraction;
