package org.groundtruth.extraction;

/**
 * Reads a text and proposes candidate reports. Implementations must not do I/O per call (models are loaded before),
 * must be safe to call from several threads, and must tie every value to its span. The built-in one is
 * {@link RuleBasedExtractor}; any other is scored on the same labelled sets ({@code extraction.evaluation}).
 */
@FunctionalInterface
public interface TextExtractor {
    Extraction extract(SourceText text);
}
