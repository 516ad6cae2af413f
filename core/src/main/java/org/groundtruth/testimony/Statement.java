package org.groundtruth.testimony;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The unprotected part of a witness statement, as the interviewer recorded it.
 *
 * @param pseudonym     how the statement names the witness everywhere (e.g. "Witness A, Ariha"); required
 * @param interviewer   who took the statement; required
 * @param interviewedOn the day of the interview; required
 * @param language      the statement's language as a BCP 47 tag ("ar", "en", "uk"), or null
 * @param text          what the witness said; required
 * @param consent       what the witness agreed may leave the system; required
 */
public record Statement(String pseudonym, String interviewer, LocalDate interviewedOn, String language, String text, Consent consent) {
    public static final int MAX_PSEUDONYM_CHARS = 500;
    public static final int MAX_TEXT_CHARS = 200_000;

    public Statement {
        pseudonym = required("pseudonym", pseudonym, MAX_PSEUDONYM_CHARS);
        interviewer = required("interviewer", interviewer, MAX_PSEUDONYM_CHARS);
        if (interviewedOn == null) throw new IllegalArgumentException("interviewedOn: the day of the interview is required");
        org.groundtruth.time.Years.require(interviewedOn, "interviewedOn");
        if (language != null && language.isBlank()) language = null;
        if (language != null) {
            language = language.strip();
            if (!language.matches("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")) {
                throw new IllegalArgumentException("language: not a language tag such as ar, en or uk"); // testimony fields are never repeated
            }
            language = Locale.forLanguageTag(language).toLanguageTag();
        }
        text = required("text", text, MAX_TEXT_CHARS);
        if (consent == null) throw new IllegalArgumentException("consent: required, one of " + Consent.codes());
    }

    private static String required(String field, String value, int maxChars) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(field + ": required");
        String v = value.strip();
        if (v.length() > maxChars) throw new IllegalArgumentException(field + ": longer than " + maxChars + " characters");
        return v;
    }
}
