package org.groundtruth.textintake;

import org.groundtruth.extraction.Language;
import org.groundtruth.extraction.SourceText;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Reads what a person sends into texts for the extractor: a plain text, an HTML page (reduced to its readable text), or
 * a JSONL of posts (each with its own text, publication time, language, URL and author). The intake module implements
 * it (jsoup for HTML); the web takes it from the application, as it takes the gazetteer.
 */
@FunctionalInterface
public interface TextFormats {

    enum Format {
        TEXT, HTML, JSONL;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One text read.
     *
     * @param line the line of a JSONL post (from 1), 0 for a whole text or page
     * @param page the HTML page as sent, when the text was read from one; else null
     */
    record Read(int line, SourceText source, String page) {
    }

    /**
     * Reads {@code content} in {@code format}; what the content says about itself (a page's language, a post's time)
     * wins over the defaults given here (each may be null).
     *
     * @throws IllegalArgumentException naming the line and what is wrong, never quoting the content
     */
    List<Read> read(Format format, String content, Language language, OffsetDateTime published, String url, String author);
}
