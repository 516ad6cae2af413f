package org.groundtruth.extraction;

import java.util.List;

/**
 * The forms under which a written word may be found in a lexicon or a gazetteer: "بمدينة" is "مدينه", "Харкові" is
 * "харків". The built-in {@link RuleWordForms} strips Arabic clitics and Ukrainian case endings by rule; a
 * dictionary-based analyser (intake's Ukrainian lemmatiser) may replace it.
 */
@FunctionalInterface
public interface WordForms {
    /** The normalised word itself first, then other candidate forms, without duplicates. */
    List<String> of(String normalisedWord, Language language);
}
