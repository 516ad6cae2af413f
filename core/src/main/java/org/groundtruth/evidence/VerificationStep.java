package org.groundtruth.evidence;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A check made on a file: geolocated (where it was taken), chronolocated (when), or another kind.
 *
 * @param kind   what was established
 * @param method how ("matched minaret and road junction against Maxar imagery of 2015-11-20")
 * @param result what was found ("35.8135, 36.6115, within 50 m", "confirmed", "not confirmed")
 */
public record VerificationStep(Kind kind, String method, String result) {
    public enum Kind { GEOLOCATED, CHRONOLOCATED, AUTHENTICATED, OTHER }

    public VerificationStep {
        Objects.requireNonNull(kind, "kind");
        if (method == null || method.isBlank()) throw new IllegalArgumentException("a verification step says how it was done (method)");
        if (result == null || result.isBlank()) throw new IllegalArgumentException("a verification step says what it found (result)");
    }

    Map<String, String> details() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("kind", kind.name().toLowerCase(java.util.Locale.ROOT));
        d.put("method", method);
        d.put("result", result);
        return d;
    }
}
