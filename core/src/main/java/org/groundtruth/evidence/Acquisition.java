package org.groundtruth.evidence;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a file came to be held: who added it, and where it came from.
 *
 * @param by         who added it (user name)
 * @param sourceUrl  where it was found online, or null
 * @param device     the device it was taken from or recorded on, or null
 * @param person     the person who gave it, or null (a pseudonym for a protected witness: never a real name here)
 * @param acquiredAt when it was obtained, if not when it was added; or null
 * @param note       anything else, or null
 */
public record Acquisition(String by, String sourceUrl, String device, String person, Instant acquiredAt, String note) {
    /**
     * Everything the ACQUIRED custody entry will hold is checked here, when the acquisition is made, so that a caller
     * refuses bad input before it stores a single byte (a refusal after the file was stored left it held without a
     * record). Messages name the field and never repeat what was given: it may be a witness's device or a name.
     */
    public Acquisition {
        if (by == null || by.isBlank()) throw new IllegalArgumentException("an acquisition needs who added the file");
        if (by.strip().length() > CustodyEvent.MAX_ACTOR) throw new IllegalArgumentException("by: longer than " + CustodyEvent.MAX_ACTOR + " characters");
        if (sourceUrl != null && !sourceUrl.isBlank() && !sourceUrl.matches("(?i)(https?|ftp)://\\S+|[a-z][a-z0-9+.-]*:\\S+")) {
            throw new IllegalArgumentException("sourceUrl: not a URL (https://...)");
        }
        requireText("sourceUrl", sourceUrl);
        requireText("device", device);
        requireText("from", person);
        requireText("note", note);
    }

    private static void requireText(String field, String value) {
        if (value == null) return;
        if (value.strip().length() > CustodyEvent.MAX_TEXT) throw new IllegalArgumentException(field + ": longer than " + CustodyEvent.MAX_TEXT + " characters");
        String problem = org.groundtruth.text.PlainText.problem(value);
        if (problem != null) throw new IllegalArgumentException(field + ": " + problem);
    }

    public static Acquisition by(String who) {
        return new Acquisition(who, null, null, null, null, null);
    }

    public Acquisition from(String url) {
        return new Acquisition(by, url, device, person, acquiredAt, note);
    }

    Map<String, String> details() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("sourceUrl", sourceUrl);
        d.put("device", device);
        d.put("person", person);
        d.put("acquiredAt", acquiredAt == null ? null : acquiredAt.toString());
        d.put("note", note);
        return d;
    }
}
