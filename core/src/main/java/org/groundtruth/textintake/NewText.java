package org.groundtruth.textintake;

import org.groundtruth.extraction.SourceText;

import java.util.List;
import java.util.Objects;

/**
 * A text about to be kept, with the candidates read from it.
 *
 * @param source     the text as read (an HTML page already reduced to its text) with its language, publication time,
 *                   URL and author
 * @param format     how it arrived: "text", "html" or "jsonl"
 * @param page       the HTML page as received when it arrived as one (kept whole beside its text), else null
 * @param origin     pasted by an investigator or submitted by the public
 * @param candidates what the extractor proposed, in text order
 * @param notes      what the extractor could not do ("no publication time: ...")
 */
public record NewText(SourceText source, String format, String page, TextOrigin origin, List<CandidateValues> candidates, List<String> notes) {
    public NewText {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(origin, "origin");
        candidates = List.copyOf(candidates);
        notes = List.copyOf(notes);
    }
}
