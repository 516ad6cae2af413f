package org.groundtruth.web.warning;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands every alert change to every channel at once (decision 0806): each channel has its own thread and queue, in
 * the order changes happened, so intake only enqueues and a channel whose far end is slow or down holds up no one
 * else. Logs name the channel and the alert id, never a spotter (alerts carry none).
 */
public final class Delivery implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Delivery.class);

    private record Lane(AlertChannel channel, ExecutorService executor) {
    }

    private final List<Lane> lanes = new CopyOnWriteArrayList<>();

    public void add(AlertChannel channel) {
        lanes.add(new Lane(channel, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "alerts-" + channel.name());
            t.setDaemon(true);
            return t;
        })));
    }

    /** Queues the change on every channel and returns at once. */
    public void publish(AlertEvent event) {
        for (Lane lane : lanes) {
            lane.executor().execute(() -> {
                try {
                    lane.channel().deliver(event);
                } catch (Exception e) {
                    LOG.warn("alert {} (change {}) was not delivered by {}: {}", event.alert().id(), event.sequence(), lane.channel().name(), e.toString());
                }
            });
        }
    }

    public List<String> channels() {
        return lanes.stream().map(l -> l.channel().name()).toList();
    }

    @Override
    public void close() {
        for (Lane lane : lanes) {
            lane.executor().shutdownNow();
            try {
                lane.channel().close();
            } catch (Exception e) {
                LOG.warn("closing {}: {}", lane.channel().name(), e.toString());
            }
        }
        lanes.clear();
    }
}
