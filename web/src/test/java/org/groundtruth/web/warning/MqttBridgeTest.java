package org.groundtruth.web.warning;

import com.fasterxml.jackson.databind.JsonNode;
import com.hivemq.client.mqtt.MqttClient;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5BlockingClient;
import com.hivemq.client.mqtt.mqtt5.message.publish.Mqtt5Publish;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.groundtruth.warning.SightingLedger;
import org.groundtruth.web.Json;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MQTT in and out through the machine's real Mosquitto (127.0.0.1:1883): a spotter app's sighting on
 * groundtruth/sightings/&lt;post&gt; becomes an alert whose area topics hold it, retained, so a subscriber that comes
 * later gets it at once; a landing empties them; bad or unauthenticated sightings are answered on the post's error
 * topic naming fields and store nothing. Alert topics name no spotter or post.
 */
class MqttBridgeTest {
    static final String BROKER = "tcp://127.0.0.1:1883";
    static final String ARIHA_TOPIC = "groundtruth/alerts/SY/Idlib/Ariha";

    @TempDir
    Path dir;

    record Received(String topic, String payload) {
    }

    static Mqtt5BlockingClient client() {
        Mqtt5BlockingClient c = MqttClient.builder().useMqttVersion5().identifier("test-" + UUID.randomUUID()).serverHost("127.0.0.1").serverPort(1883).buildBlocking();
        c.connect();
        return c;
    }

    static BlockingQueue<Received> subscribe(Mqtt5BlockingClient c, String filter) {
        BlockingQueue<Received> q = new LinkedBlockingQueue<>();
        c.toAsync().subscribeWith().topicFilter(filter).qos(MqttQos.AT_LEAST_ONCE)
                .callback((Mqtt5Publish p) -> q.add(new Received(p.getTopic().toString(), new String(p.getPayloadAsBytes(), StandardCharsets.UTF_8))))
                .send().join();
        return q;
    }

    static Received await(BlockingQueue<Received> q, Predicate<Received> wanted, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < end) {
            Received r = q.poll(200, TimeUnit.MILLISECONDS);
            if (r == null) continue;
            seen.append(r.topic()).append(' ').append(r.payload(), 0, Math.min(200, r.payload().length())).append('\n');
            if (wanted.test(r)) return r;
        }
        throw new AssertionError("no wanted MQTT message within " + seconds + " s; seen:\n" + seen);
    }

    static void awaitBridge(TestServer t) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if ("up".equals(t.get("/api/alerts").json().path("channels").path("mqtt").asText())) return;
            Thread.sleep(50);
        }
        throw new AssertionError("the server's MQTT bridge did not come up");
    }

    static void publish(Mqtt5BlockingClient c, String topic, String json) {
        c.publishWith().topic(topic).qos(MqttQos.AT_LEAST_ONCE).payload(json.getBytes(StandardCharsets.UTF_8)).send();
    }

    static String withToken(String json, String token) throws Exception {
        var o = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(json);
        o.put("token", token);
        return o.toString();
    }

    @Test
    void sightingsByMqttBecomeRetainedAreaStatesAndRefusalsAreAnswered() throws Exception {
        Mqtt5BlockingClient relay = client();
        try (TestServer t = new TestServer(dir, WarningForWeb.settings(WarningForWeb.setup().withMqtt(BROKER)))) {
            awaitBridge(t);
            String token = WarningApiTest.addSpotter(t, WarningApiTest.NAME, WarningApiTest.POST);
            BlockingQueue<Received> alerts = subscribe(relay, "groundtruth/alerts/SY/#");
            BlockingQueue<Received> errors = subscribe(relay, "groundtruth/sightings/" + WarningApiTest.POST + "/error");

            publish(relay, "groundtruth/sightings/" + WarningApiTest.POST, withToken(WarningForWeb.takeOff(WarningApiTest.POST), token));
            Received ariha = await(alerts, r -> r.topic().equals(ARIHA_TOPIC) && r.payload().contains("\"place\":\"ariha\""), 20);
            JsonNode state = Json.MAPPER.readTree(ariha.payload());
            String id = state.path("alerts").get(0).path("id").asText();
            assertThat(t.get("/api/alerts").json().path("alerts").path(0).path("id").asText()).as(ariha.payload().substring(0, Math.min(300, ariha.payload().length()))).isEqualTo(id);
            assertThat(state.path("area").path("admin1").asText()).isEqualTo("Idlib");

            Mqtt5BlockingClient late = client();
            try {
                BlockingQueue<Received> retained = subscribe(late, ARIHA_TOPIC);
                assertThat(await(retained, r -> r.payload().contains(id), 10).payload()).as("retained for a later subscriber").contains("Ariha");
            } finally {
                late.disconnect();
            }

            publish(relay, "groundtruth/sightings/" + WarningApiTest.POST, withToken("""
                    {"observedAt": "%s", "aircraft": "Su-24M", "event": "take_off", "base": "Atlantis"}""".formatted(WarningForWeb.now()), token));
            Received bad = await(errors, r -> true, 20);
            assertThat(bad.payload()).contains("\"field\":\"base\"").doesNotContain(WarningApiTest.NAME).doesNotContain(token);
            publish(relay, "groundtruth/sightings/" + WarningApiTest.POST, WarningForWeb.takeOff(WarningApiTest.POST));
            assertThat(await(errors, r -> true, 20).payload()).contains("InvalidSpotterToken");
            publish(relay, "groundtruth/sightings/" + WarningApiTest.POST, "not json");
            assertThat(await(errors, r -> true, 20).payload()).contains("not valid JSON");
            assertThat(t.store.port(SightingLedger.PORT).count()).as("only the good sighting is stored").isEqualTo(1);

            publish(relay, "groundtruth/sightings/" + WarningApiTest.POST, withToken(WarningForWeb.landing(WarningApiTest.POST), token));
            Received cleared = await(alerts, r -> r.topic().equals(ARIHA_TOPIC) && r.payload().contains("\"alerts\":[]"), 20);
            assertThat(cleared.payload()).contains("\"admin2\":\"Ariha\"");
            for (Received r : List.of(ariha, cleared)) {
                assertThat(r.payload()).doesNotContain(WarningApiTest.NAME).doesNotContain(WarningApiTest.POST).doesNotContain("35.61234");
            }
        } finally {
            relay.disconnect();
        }
    }

    /**
     * Decision 0820: changes that come faster than the broker acknowledges are gathered into one publication of each
     * district's latest state. Whatever was gathered, the district's retained state ends as the last change left it,
     * with that change's sequence number, and sequence numbers never go back.
     */
    @Test
    void changesFasterThanTheBrokerTakesEndInTheLatestStateWithTheLastSequence() throws Exception {
        Mqtt5BlockingClient relay = client();
        try (TestServer t = new TestServer(dir, WarningForWeb.settings(WarningForWeb.setup().withMqtt(BROKER)))) {
            awaitBridge(t);
            BlockingQueue<Received> ariha = subscribe(relay, ARIHA_TOPIC);
            Thread.sleep(500);
            ariha.clear(); // the state an earlier test's server left retained, with that server's numbers
            List<String> tokens = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) tokens.add(WarningApiTest.addSpotter(t, "spotter-" + i, "post-" + i));
            long last = 0;
            for (int i = 0; i < 6; i++) { // six spotters of one take-off: issued, then corroborated five times
                var answer = WarningApiTest.post(t, tokens.get(i), WarningForWeb.takeOff("post-" + i));
                assertThat(answer.status()).as(answer.body()).isEqualTo(201);
                for (JsonNode c : answer.json().path("alerts")) last = Math.max(last, c.path("sequence").asLong());
            }
            long wanted = last;
            long seen = 0;
            Received r;
            do {
                r = await(ariha, x -> true, 20);
                long sequence = Json.MAPPER.readTree(r.payload()).path("sequence").asLong();
                if (sequence == 0) continue; // republished on connection
                assertThat(sequence).as("sequence numbers never go back").isGreaterThanOrEqualTo(seen);
                seen = sequence;
            } while (seen < wanted);
            JsonNode state = Json.MAPPER.readTree(r.payload());
            assertThat(state.path("alerts")).hasSize(1);
            assertThat(state.path("alerts").get(0).path("spotterCount").asInt()).as("the state after the last change").isEqualTo(6);

            // leaves the district empty, as it found it, for the other tests' subscribers
            assertThat(WarningApiTest.post(t, tokens.get(0), WarningForWeb.landing("post-0")).status()).isEqualTo(201);
            await(ariha, x -> x.payload().contains("\"alerts\":[]"), 20);
        } finally {
            relay.disconnect();
        }
    }

    @Test
    void theServerStartsAndTakesSightingsWhileTheBrokerIsUnreachable() {
        // port 9 on loopback: nothing listens, so the bridge keeps retrying while the API works
        try (TestServer t = new TestServer(dir, WarningForWeb.settings(WarningForWeb.setup().withMqtt("tcp://127.0.0.1:9")))) {
            String token = WarningApiTest.addSpotter(t, WarningApiTest.NAME, WarningApiTest.POST);
            long start = System.nanoTime();
            assertThat(WarningApiTest.post(t, token, WarningForWeb.takeOff(WarningApiTest.POST)).status()).isEqualTo(201);
            assertThat((System.nanoTime() - start) / 1e9).isLessThan(5.0);
            assertThat(t.get("/api/alerts").json().path("channels").path("mqtt").asText()).isEqualTo("connecting");
        }
    }
}
