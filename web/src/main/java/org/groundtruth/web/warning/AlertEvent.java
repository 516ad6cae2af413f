package org.groundtruth.web.warning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.groundtruth.warning.Alert;
import org.groundtruth.warning.AlertChange;
import org.groundtruth.web.Json;

/**
 * One alert change as it is delivered: what happened, the alert after it, and a sequence number that rises by one
 * with every change the server delivers (subscribers can see a gap; the sightings API answers with the numbers its
 * sighting caused, which the benchmark uses to time delivery).
 *
 * @param sequence from 1, rising across restarts (a restarted server continues after the last number stored)
 * @param kind     issued, updated, raised, cancelled, expired
 * @param alert    the alert as it now is
 * @param json     the alert as {@link AlertJson} publishes it
 */
public record AlertEvent(long sequence, AlertChange.Kind kind, Alert alert, ObjectNode json) {
    /** {"sequence", "change", "alert"}: the message SSE and webhooks send (the alert with its first places, {@link AlertJson#pushed}). */
    public ObjectNode message() {
        ObjectNode m = Json.object();
        m.put("sequence", sequence);
        m.put("change", kind.code());
        m.set("alert", AlertJson.pushed(json));
        return m;
    }

    public String messageText() {
        return message().toString();
    }
}
