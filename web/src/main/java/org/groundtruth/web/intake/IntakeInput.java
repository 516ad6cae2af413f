package org.groundtruth.web.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.groundtruth.extraction.Language;
import org.groundtruth.web.ApiException;

import java.util.Set;

/** How intake's routes read their bodies: fields named in every refusal, values never repeated. */
final class IntakeInput {
    /** The request bodies the server reads (Javalin's limit), named in the refusal of a larger one. */
    static final long MAX_BODY_BYTES = 1_000_000;

    private IntakeInput() {
    }

    static void refuseLargeBody(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY_BYTES) {
            throw new ApiException(413, "ContentTooLarge", "text: the request is " + declared + " bytes, more than the " + MAX_BODY_BYTES
                    + " read at once; split the text, or send posts in parts (the command line reads files of any size)");
        }
    }

    static Language language(ObjectNode body) {
        String l = optionalText(body, "language", 20);
        if (l == null) return null;
        return Language.parse(l).orElseThrow(() -> ApiException.badParameter("language", "not a language the extractor reads (en, ar, uk)"));
    }

    static void refuseUnknown(ObjectNode body, Set<String> known) {
        for (String f : (Iterable<String>) body::fieldNames) {
            if (!known.contains(f)) throw ApiException.badParameter("body", "unknown field (known: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
        }
    }

    static String requiredText(ObjectNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) throw ApiException.badParameter(field, "is required");
        if (!n.isTextual()) throw ApiException.badParameter(field, "must be a string");
        return n.asText();
    }

    static String optionalText(ObjectNode body, String field, int max) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return null;
        if (!n.isTextual()) throw ApiException.badParameter(field, "must be a string");
        String s = n.asText().strip();
        if (s.length() > max) throw ApiException.badParameter(field, "at most " + max + " characters");
        return s.isEmpty() ? null : s;
    }
}
