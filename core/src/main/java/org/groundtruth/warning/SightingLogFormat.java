package org.groundtruth.warning;

import java.util.List;

/**
 * Reads a recorded sighting log (its format belongs to intake) for a replay: every line, or a refusal naming every
 * bad one. The port through which the web takes a log sent to a running server.
 */
@FunctionalInterface
public interface SightingLogFormat {
    /**
     * @param name  what to call the log in problems ("the request", a file name)
     * @throws SightingLogRejectedException naming every bad line; nothing is read then
     */
    List<SightingLogLine> read(String name, byte[] bytes);
}
