package org.groundtruth.web.warning;

/**
 * A way alerts reach subscribers (Server-Sent Events, MQTT, webhooks). {@link Delivery} calls each channel from its
 * own thread, so a channel that is slow or whose far end is down delays no other channel and never intake.
 */
public interface AlertChannel extends AutoCloseable {
    /** Short name for logs ("sse", "mqtt", "webhooks"). */
    String name();

    /** Delivers one change; may block (on its own thread); an exception is logged and the next change still comes. */
    void deliver(AlertEvent event) throws Exception;

    @Override
    default void close() {
    }
}
