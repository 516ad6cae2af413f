package org.groundtruth.web.warning;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.groundtruth.account.Role;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks on a real server with real HTTP receivers on loopback: a receiver that fails twice gets the change on the
 * third try, signed with its secret; a receiver that hangs delays no one else; a removed webhook gets nothing more.
 */
class WebhookChannelTest {
    @TempDir
    Path dir;

    record Delivery(String body, String signature) {
    }

    @Test
    void changesArriveSignedAfterRetriesAndAHangingReceiverBlocksNoOne() throws Exception {
        BlockingQueue<Delivery> got = new LinkedBlockingQueue<>();
        AtomicInteger tries = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        HttpServer receivers = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receivers.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        receivers.createContext("/flaky", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (tries.incrementAndGet() <= 2) {
                ex.sendResponseHeaders(503, -1);
            } else {
                got.add(new Delivery(body, ex.getRequestHeaders().getFirst(WebhookChannel.SIGNATURE)));
                ex.sendResponseHeaders(204, -1);
            }
            ex.close();
        });
        receivers.createContext("/hanging", ex -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        receivers.start();
        String base = "http://127.0.0.1:" + receivers.getAddress().getPort();
        try (TestServer t = new TestServer(dir, WarningForWeb.settings(WarningForWeb.setup()))) {
            var admin = t.as(Role.ADMIN);
            assertThat(admin.send("POST", "/api/webhooks", "{\"url\":\"" + base + "/hanging\"}").status()).isEqualTo(201);
            var flaky = admin.send("POST", "/api/webhooks", "{\"url\":\"" + base + "/flaky\", \"country\": \"SY\"}");
            assertThat(flaky.status()).as(flaky.body()).isEqualTo(201);
            String secret = flaky.json().path("secret").asText();
            assertThat(admin.get("/api/webhooks").body()).doesNotContain(secret).contains("/flaky");
            assertThat(t.as(Role.INVESTIGATOR).get("/api/webhooks").status()).isEqualTo(403);
            assertThat(admin.send("POST", "/api/webhooks", "{\"url\":\"ftp://x\"}").status()).isEqualTo(400);

            String token = WarningApiTest.addSpotter(t, WarningApiTest.NAME, WarningApiTest.POST);
            String id = WarningApiTest.post(t, token, WarningForWeb.takeOff(WarningApiTest.POST)).json().path("alerts").get(0).path("id").asText();
            Delivery d = got.poll(20, TimeUnit.SECONDS);
            assertThat(d).as("delivered on the third try though another receiver hangs").isNotNull();
            assertThat(tries.get()).isEqualTo(3);
            assertThat(d.body()).contains("\"id\":\"" + id + "\"").contains("\"change\":\"issued\"")
                    .doesNotContain(WarningApiTest.NAME).doesNotContain(WarningApiTest.POST);
            assertThat(d.signature()).isEqualTo("sha256=" + WebhookChannel.sign(secret, d.body()));
            assertThat(d.signature()).isNotEqualTo("sha256=" + WebhookChannel.sign(secret + "x", d.body()));

            long flakyId = flaky.json().path("id").asLong();
            assertThat(admin.send("DELETE", "/api/webhooks/" + flakyId, null).status()).isEqualTo(204);
            WarningApiTest.post(t, token, WarningForWeb.landing(WarningApiTest.POST));
            assertThat(got.poll(3, TimeUnit.SECONDS)).as("a removed webhook gets nothing").isNull();
        } finally {
            release.countDown();
            receivers.stop(0);
        }
    }
}
