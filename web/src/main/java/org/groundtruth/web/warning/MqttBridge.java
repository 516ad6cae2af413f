package org.groundtruth.web.warning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.groundtruth.warning.AdminArea;
import org.groundtruth.warning.AlertState;
import org.groundtruth.warning.SightingRejectedException;
import org.groundtruth.warning.Spotter;
import org.groundtruth.web.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Early warning over MQTT (decision 0807), through one HiveMQ client connection to the broker.
 * <ul>
 * <li>Out: for every governorate and district an alert threatens, {@code groundtruth/alerts/<country>/<admin1>/<admin2>}
 * holds, retained, the area's current state: {@code {"sequence": ..., "version": 2, "area": ..., "alerts": [...]}} with
 * every active alert that threatens it (an empty list once none does), each with its level, counts, times and only that
 * district's places with their ETAs, by id (decision 0822). Siren controllers and relay apps subscribe to their area (or
 * {@code +}/{@code #}); a new subscriber gets the current state at once. After a reconnect every area is published again.</li>
 * <li>In: spotter apps publish a sighting as JSON to {@code groundtruth/sightings/<post>} with their token in the
 * field {@code token}; it takes the same path as the API. A refusal is answered on
 * {@code groundtruth/sightings/<post>/error}, naming fields, never the spotter. The broker's ACL must let only the
 * server read the sightings topics (see docs/architecture/warning.md).</li>
 * </ul>
 * A broker that is down blocks neither intake nor other channels: publishing only queues in the client, which
 * reconnects by itself.
 * <p>
 * An area's state is assembled from bytes (decision 0818): each alert's part for an area is serialised once, when the
 * alert changes, and kept; publishing an area joins the kept parts of its alerts. Before, every change serialised the
 * whole state of each of the ~60 districts a take-off touches, every alert in it included.
 */
public final class MqttBridge implements AlertChannel {
    private static final Logger LOG = LoggerFactory.getLogger(MqttBridge.class);
    public static final String ALERTS = "groundtruth/alerts/";
    public static final String SIGHTINGS = "groundtruth/sightings/";

    private final Mqtt5AsyncClient client;
    private final WarningService service;
    /** topic → alert id → the serialised part (JSON) of each active alert threatening that area; touched only on the delivery lane. */
    private final Map<String, Map<String, byte[]>> areas = new HashMap<>();
    private final Map<String, Set<String>> topicsOfAlert = new HashMap<>();
    /** topic → its area as JSON: {"country", "admin1", "admin2"}. */
    private final Map<String, ObjectNode> areaOfTopic = new HashMap<>();
    private final Map<String, byte[]> areaBytesOfTopic = new HashMap<>();
    private volatile boolean subscribed;
    /** topic → sequence of the latest change to it not yet published; guarded by this. */
    private final Map<String, Long> dirty = new LinkedHashMap<>();
    private boolean flushing;
    /** Publishes area states, one round at a time (decision 0820). */
    private final ExecutorService publisher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "alerts-mqtt-publish");
        t.setDaemon(true);
        return t;
    });
    /** How long a round waits for the broker's acknowledgements before the next round goes anyway. */
    private static final long ROUND_WAIT_MILLIS = 5_000;
    private final ExecutorService intake = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sightings-mqtt");
        t.setDaemon(true);
        return t;
    });

    /** Connects to {@code broker} (tcp://host:port or ssl://host:port) and subscribes to the sightings topics. */
    public MqttBridge(String broker, WarningService service) {
        this.service = service;
        URI u = URI.create(broker);
        var builder = MqttClient.builder().useMqttVersion5().identifier("groundtruth-" + UUID.randomUUID())
                .serverHost(u.getHost()).serverPort(u.getPort()).automaticReconnectWithDefaultConfig()
                .addConnectedListener(c -> onConnected(broker))
                .addDisconnectedListener(c -> subscribed = false)
                .addDisconnectedListener(c -> LOG.warn("MQTT: not connected to {} ({}); retrying", broker, c.getCause().getClass().getSimpleName()));
        if ("ssl".equals(u.getScheme())) builder = builder.sslWithDefaultConfig();
        this.client = builder.buildAsync();
        // not waited for: a broker that is down must not stop the server; the client retries until it is up
        client.connectWith().cleanStart(true).send();
    }

    /** On every (re)connection: subscribe to sightings again and publish every area's state again (the broker may have lost it). */
    private void onConnected(String broker) {
        LOG.info("MQTT connected to {}", broker);
        client.subscribeWith().topicFilter(SIGHTINGS + "+").qos(MqttQos.AT_LEAST_ONCE).callback(this::onSighting).send()
                .whenComplete((ack, e) -> subscribed = e == null);
        republish();
    }

    private synchronized void republish() {
        for (String t : List.copyOf(areas.keySet())) dirty.putIfAbsent(t, 0L);
        scheduleRound();
    }

    /** Waits until the bridge is connected (for tests and the benchmark); false when it was not within the time. */
    public boolean awaitConnected(long millis) throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (subscribed) return true;
            Thread.sleep(20);
        }
        return false;
    }

    @Override
    public String name() {
        return "mqtt";
    }

    @Override
    public String status() {
        return subscribed ? "up" : "connecting";
    }

    /** The retained topic of an area: segments with '/', '+', '#' and control characters made '_', absent parts '-'. */
    public static String topic(AdminArea a) {
        return ALERTS + segment(a.country()) + "/" + segment(a.admin1()) + "/" + segment(a.admin2());
    }

    static String segment(String s) {
        if (s == null || s.isBlank()) return "-";
        return s.strip().replaceAll("[/+#\\p{Cntrl}]", "_");
    }

    @Override
    public synchronized void deliver(AlertEvent event) {
        String id = event.alert().id();
        Map<String, byte[]> parts = new LinkedHashMap<>();
        if (event.alert().state() == AlertState.ACTIVE) {
            for (var e : AlertJson.districtParts(event.alert()).entrySet()) {
                AdminArea a = e.getKey();
                String t = topic(a);
                if (!areaOfTopic.containsKey(t)) {
                    ObjectNode area = Json.object().put("country", a.country()).put("admin1", a.admin1()).put("admin2", a.admin2());
                    areaOfTopic.put(t, area);
                    areaBytesOfTopic.put(t, area.toString().getBytes(StandardCharsets.UTF_8));
                }
                parts.put(t, e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        } else {
            AlertJson.forget(id);
        }
        Set<String> touched = new LinkedHashSet<>(parts.keySet());
        touched.addAll(topicsOfAlert.getOrDefault(id, Set.of()));
        for (String t : touched) {
            Map<String, byte[]> in = areas.computeIfAbsent(t, k -> new LinkedHashMap<>());
            byte[] part = parts.get(t);
            if (part != null) in.put(id, part);
            else in.remove(id);
            dirty.put(t, event.sequence());
            if (in.isEmpty()) areas.remove(t);
        }
        if (parts.isEmpty()) topicsOfAlert.remove(id);
        else topicsOfAlert.put(id, parts.keySet());
        scheduleRound();
    }

    /** Caller holds the lock. Starts a publishing round unless one is running (which starts the next itself). */
    private void scheduleRound() {
        if (flushing || dirty.isEmpty()) return;
        flushing = true;
        try {
            publisher.execute(this::round);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            flushing = false; // closing
        }
    }

    /**
     * One round (decision 0820): every area changed since the last round, published once with its current state and
     * the sequence of the latest change to it; then waits for the broker's acknowledgements (at most
     * {@value #ROUND_WAIT_MILLIS} ms) before the next round. Changes that come meanwhile are gathered, so that a
     * district's retained state is published as often as the broker takes it, never more, and is always the latest.
     */
    private void round() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        synchronized (this) {
            for (var e : dirty.entrySet()) out.put(e.getKey(), areaState(e.getValue(), areaBytesOfTopic.get(e.getKey()), areas.getOrDefault(e.getKey(), Map.of()).values()));
            dirty.clear();
        }
        List<java.util.concurrent.CompletableFuture<?>> sent = new java.util.ArrayList<>(out.size());
        try {
            for (var e : out.entrySet()) sent.add(publish(e.getKey(), e.getValue()));
            java.util.concurrent.CompletableFuture.allOf(sent.toArray(java.util.concurrent.CompletableFuture[]::new)).get(ROUND_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (java.util.concurrent.TimeoutException e) {
            LOG.debug("MQTT: a round of {} area states was not all acknowledged in time", out.size());
        } catch (java.util.concurrent.ExecutionException e) {
            // once per round, not per topic: a broker that went away fails every publish of the round
            LOG.warn("MQTT: publishing {} area states failed: {}; every area is published again on reconnection", out.size(), e.getCause().toString());
        } finally {
            synchronized (this) {
                flushing = false;
                if (!Thread.currentThread().isInterrupted()) scheduleRound();
            }
        }
    }

    private java.util.concurrent.CompletableFuture<?> publish(String topic, byte[] message) {
        return client.publishWith().topic(topic).retain(true).qos(MqttQos.AT_LEAST_ONCE).payload(message).send();
    }

    /**
     * An area topic's message, {@code {"sequence": N, "version": 2, "area": {...}, "alerts": [...]}}, joined from parts
     * already serialised: the area, and each alert's part for it ({@link AlertJson#districtParts}, decision 0822).
     */
    static byte[] areaState(long sequence, byte[] area, java.util.Collection<byte[]> alerts) {
        int size = 48 + (area == null ? 4 : area.length);
        for (byte[] a : alerts) size += a.length + 1;
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(size);
        out.writeBytes(("{\"sequence\":" + sequence + ",\"version\":" + AlertJson.MESSAGE_VERSION + ",\"area\":").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(area == null ? "null".getBytes(StandardCharsets.UTF_8) : area);
        out.writeBytes(",\"alerts\":[".getBytes(StandardCharsets.UTF_8));
        boolean first = true;
        for (byte[] a : alerts) {
            if (!first) out.write(',');
            out.writeBytes(a);
            first = false;
        }
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private void onSighting(Mqtt5Publish p) {
        String topic = p.getTopic().toString();
        String post = topic.substring(SIGHTINGS.length());
        byte[] body = p.getPayloadAsBytes();
        intake.execute(() -> take(post, body));
    }

    private void take(String post, byte[] body) {
        String errorTopic = SIGHTINGS + post + "/error";
        try {
            JsonNode node = body.length > 100_000 ? null : Json.MAPPER.readTree(body);
            if (!(node instanceof ObjectNode o)) {
                reply(errorTopic, Json.object().put("code", "InvalidSighting").put("description", "the message is not a JSON object"));
                return;
            }
            String token = o.path("token").asText(null);
            o.remove("token");
            Spotter spotter = service.authenticate(token);
            var receipt = service.submit(spotter, SightingFields.read(o, post));
            LOG.debug("MQTT sighting {} accepted", receipt.sightingId());
        } catch (WarningService.Refused e) {
            reply(errorTopic, Json.object().put("code", e.code()).put("description", e.getMessage()));
        } catch (SightingRejectedException e) {
            reply(errorTopic, WarningApi.rejection(e));
        } catch (java.io.IOException e) {
            reply(errorTopic, Json.object().put("code", "InvalidSighting").put("description", "the message is not valid JSON"));
        } catch (RuntimeException e) {
            LOG.warn("an MQTT sighting failed: {}", e.getClass().getSimpleName());
            reply(errorTopic, Json.object().put("code", "ServerError").put("description", "the sighting could not be taken; try again"));
        }
    }

    private void reply(String topic, ObjectNode message) {
        client.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(message.toString().getBytes(StandardCharsets.UTF_8)).send();
    }

    /** For tests and the benchmark: topics currently holding at least one alert. */
    public synchronized List<String> activeTopics() {
        return List.copyOf(areas.keySet());
    }

    @Override
    public void close() {
        intake.shutdownNow();
        publisher.shutdownNow();
        try {
            intake.awaitTermination(1, TimeUnit.SECONDS);
            client.disconnect().get(2, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.debug("MQTT disconnect: {}", e.toString());
        }
    }
}
