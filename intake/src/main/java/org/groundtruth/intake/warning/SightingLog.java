package org.groundtruth.intake.warning;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.groundtruth.intake.read.StrictJson;
import org.groundtruth.warning.SightingInput;
import org.groundtruth.warning.SightingLogFormat;
import org.groundtruth.warning.SightingLogRejectedException;
import org.groundtruth.warning.SightingLogLine;

/**
 * A sighting log to replay (decision 0810): JSON Lines, one sighting a line as a spotter sent it, with the spotter's
 * pseudonym: {@code {"spotter": "falcon", "post": "hill-3", "observedAt": "2015-11-29T09:05:00+02:00", "aircraft":
 * "Su-24M", "event": "take_off", "base": "OSLK", "heading": "NE"}}. The fields are the API's ({@link SightingInput#FIELDS})
 * plus {@code spotter} and an ignored {@code comment}. The whole file is read first: every bad line is named (file,
 * line, field), and none is replayed while any is bad. Messages never quote a spotter's pseudonym or post.
 */
public final class SightingLog {
    /** A log larger than this is refused before it is read. */
    public static final long MAX_BYTES = 64L << 20;
    private static final Set<String> EXTRA = Set.of("spotter", "comment");

    /** This format, for a server that takes logs sent to it. */
    public static final SightingLogFormat FORMAT = SightingLog::read;

    private SightingLog() {
    }

    public static List<SightingLogLine> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new SightingLogRejectedException(List.of(file + ": not a file"));
        if (Files.size(file) > MAX_BYTES) throw new SightingLogRejectedException(List.of(file + ": larger than " + (MAX_BYTES >> 20) + " MB"));
        return read(file.toString(), Files.readAllBytes(file));
    }

    /** A log shipped as a resource (the demo's). */
    public static List<SightingLogLine> read(String name, InputStream in) throws IOException {
        return read(name, in.readAllBytes());
    }

    /** The log as bytes (a request's body); {@link #FORMAT} is this. */
    public static List<SightingLogLine> read(String name, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SightingLogRejectedException(List.of(name + ": not UTF-8 text"));
        }
        List<SightingLogLine> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) continue;
            String where = name + " line " + (i + 1);
            int before = problems.size();
            SightingLogLine e = entry(i + 1, lines[i], where, problems);
            if (problems.size() == before) out.add(e);
        }
        if (out.isEmpty() && problems.isEmpty()) problems.add(name + ": no sightings (a log has one JSON object a line)");
        if (!problems.isEmpty()) throw new SightingLogRejectedException(problems);
        return List.copyOf(out);
    }

    private static SightingLogLine entry(int line, String json, String where, List<String> problems) {
        int before = problems.size();
        JsonNode o;
        try {
            o = StrictJson.MAPPER.readTree(json);
        } catch (IOException e) {
            problems.add(where + ": not one JSON object (a key given twice, or text after it, is refused too)");
            return null;
        }
        if (o == null || !o.isObject()) {
            problems.add(where + ": not a JSON object");
            return null;
        }
        String textProblem = StrictJson.textProblem(o);
        if (textProblem != null) {
            problems.add(where + ": " + textProblem);
            return null;
        }
        Set<String> unknown = new TreeSet<>();
        o.fieldNames().forEachRemaining(f -> {
            if (!SightingInput.FIELDS.contains(f) && !EXTRA.contains(f)) unknown.add(f.length() > 40 ? f.substring(0, 40) + "..." : f);
        });
        for (String f : unknown) problems.add(where + ": " + f + ": not a sighting field (known: spotter, comment, " + String.join(", ", new TreeSet<>(SightingInput.FIELDS)) + ")");
        for (String f : SightingInput.FIELDS) {
            JsonNode v = o.get(f);
            if (v != null && !v.isNull() && !v.isTextual() && !v.isNumber()) problems.add(where + ": " + f + ": give text or a number");
        }
        JsonNode spotter = o.get("spotter");
        if (spotter == null || !spotter.isTextual() || spotter.asText().isBlank() || spotter.asText().strip().length() > 80) {
            problems.add(where + ": spotter: give the spotter's pseudonym, 1 to 80 characters");
        }
        Instant at = null;
        String observedAt = text(o, "observedAt");
        if (observedAt == null) {
            problems.add(where + ": observedAt: missing");
        } else {
            try {
                at = OffsetDateTime.parse(observedAt.strip()).toInstant();
            } catch (DateTimeParseException e) {
                problems.add(where + ": observedAt: not a date-time with an offset (2015-11-29T11:35:00+02:00)");
            }
        }
        if (problems.size() > before) return null;
        SightingInput fields = new SightingInput(spotter.asText().strip(), text(o, "post"), null, text(o, "theatre"), observedAt, text(o, "aircraft"),
                text(o, "count"), text(o, "event"), text(o, "base"), text(o, "heading"), text(o, "lat"), text(o, "lon"));
        return new SightingLogLine(line, fields, at);
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull() || !(v.isTextual() || v.isNumber())) return null;
        String s = v.isNumber() ? v.numberValue().toString() : v.textValue();
        return s.length() > 200 ? s.substring(0, 200) : s;
    }
}
