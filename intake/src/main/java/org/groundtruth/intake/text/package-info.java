/**
 * Text intake's adapters: readers of saved HTML pages and JSONL posts, language detection, the Ukrainian
 * lemmatiser and the transliterating place lookup the extractor uses, and the labelled evaluation sets
 * (docs/architecture/extraction.md).
 */
package org.groundtruth.intake.text;
