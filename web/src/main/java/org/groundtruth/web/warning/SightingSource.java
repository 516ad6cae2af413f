package org.groundtruth.web.warning;

/**
 * A feed of sightings into the running {@link WarningService} beside the API and MQTT, such as a replayed log
 * (decision 0810). The server starts it once the service and its delivery channels exist, and closes it on stopping.
 */
public interface SightingSource extends AutoCloseable {
    void start(WarningService service);

    @Override
    void close();
}
