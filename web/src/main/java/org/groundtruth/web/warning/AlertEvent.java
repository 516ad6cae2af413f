package org.groundtruth.web.warning;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.groundtruth.warning.Alert;
import org.groundtruth.warning.AlertChange;
import org.groundtruth.web.Json;

/**
 * One alert change as it is delivered: what happened, the alert after it, and a sequence number that rises by one
 * with every change the server delivers (subscribers can see a gap; the sightings API answers with the numbers its
 * sighting caused, which the benchmark uses to time delivery).
 * <p>
 * The JSON is made when first asked for, once, by whichever thread asks (decision 0819): the pushed message (first
 * places only) by the SSE and webhook lanes, the whole alert by the MQTT lane and the alerts ledger, so that no lane
 * waits for a form of the alert it does not send.
 */
public final class AlertEvent {
    private final long sequence;
    private final AlertChange.Kind kind;
    private final Alert alert;
    private volatile ObjectNode json;
    private volatile String messageText;

    /**
     * @param sequence from 1, rising across restarts (a restarted server continues after the last number stored)
     * @param kind     issued, updated, raised, cancelled, expired
     * @param alert    the alert as it now is
     */
    public AlertEvent(long sequence, AlertChange.Kind kind, Alert alert) {
        this.sequence = sequence;
        this.kind = kind;
        this.alert = alert;
    }

    public long sequence() {
        return sequence;
    }

    public AlertChange.Kind kind() {
        return kind;
    }

    public Alert alert() {
        return alert;
    }

    /** The alert as {@link AlertJson#of(Alert)} publishes it, every place included; made once. Not to be modified. */
    public ObjectNode json() {
        ObjectNode j = json;
        if (j == null) {
            synchronized (this) {
                j = json;
                if (j == null) json = j = AlertJson.of(alert);
            }
        }
        return j;
    }

    /** {"sequence", "change", "alert"}: the message SSE and webhooks send (the alert with its first places, {@link AlertJson#pushed}). */
    public ObjectNode message() {
        ObjectNode m = Json.object();
        m.put("sequence", sequence);
        m.put("change", kind.code());
        m.set("alert", AlertJson.of(alert, AlertJson.PUSHED_THREATS));
        return m;
    }

    /** {@link #message()} as text; made once, whichever channel asks first. */
    public String messageText() {
        String t = messageText;
        if (t == null) {
            synchronized (this) {
                t = messageText;
                if (t == null) messageText = t = message().toString();
            }
        }
        return t;
    }
}
