package org.groundtruth.web.warning;

import org.groundtruth.warning.Alert;
import org.groundtruth.warning.AlertChange;

/**
 * One alert change as it is delivered: what happened, the alert after it, and a sequence number that rises by one
 * with every change the server delivers (subscribers can see a gap; the sightings API answers with the numbers its
 * sighting caused, which the benchmark uses to time delivery).
 * <p>
 * The JSON is made when first asked for, once, by whichever thread asks (decisions 0819, 0822): the pushed message
 * (the change, its places by id) by the SSE and webhook lanes, the whole alert by the alerts ledger, so that no lane
 * waits for a form of the alert it does not send.
 */
public final class AlertEvent {
    private final long sequence;
    private final AlertChange.Kind kind;
    private final Alert alert;
    private volatile String wholeText;
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

    /** The whole alert as {@link AlertJson#text(Alert)} writes it, every place included: what is stored and served at /api/alerts/{id}; made once. */
    public String wholeText() {
        String t = wholeText;
        if (t == null) {
            synchronized (this) {
                t = wholeText;
                if (t == null) wholeText = t = AlertJson.text(alert);
            }
        }
        return t;
    }

    /** The message SSE and webhooks send, version 2 (decision 0822, {@link AlertJson#message}); made once, whichever channel asks first. */
    public String messageText() {
        String t = messageText;
        if (t == null) {
            synchronized (this) {
                t = messageText;
                if (t == null) messageText = t = AlertJson.message(sequence, kind.code(), alert);
            }
        }
        return t;
    }
}
