package org.groundtruth.web.warning;

import java.nio.file.Path;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server stopped while browsers follow the live alerts ends their streams cleanly and leaves no thread of the feed
 * running. Before, the feed outlived the server: its heartbeat kept running, and the streams it ended after Jetty had
 * recycled their responses sent Javalin's error handling round in a loop that wrote gigabytes of log.
 */
class LiveAlertsStopTest {
    @TempDir
    Path dir;

    @Test
    void stoppingTheServerEndsEveryLiveStreamAndTheFeedsThreads() throws Exception {
        long heartbeatsBefore = threads("alerts-sse-heartbeat");
        SseReader first, second;
        try (TestServer t = new TestServer(dir, WarningForWeb.settings(WarningForWeb.setup()))) {
            first = new SseReader(t.url("/api/alerts/live"));
            second = new SseReader(t.url("/api/alerts/live"));
            assertThat(first.next("snapshot", 20)).contains("\"alerts\":[]");
            assertThat(second.next("snapshot", 20)).contains("\"alerts\":[]");
        }
        assertThat(first.ended(10)).as("the first stream ended cleanly").isTrue();
        assertThat(second.ended(10)).as("the second stream ended cleanly").isTrue();
        assertThat(threads("alerts-sse-heartbeat")).isEqualTo(heartbeatsBefore);
    }

    /** Live platform threads of that name (the subscribers' are virtual, and end with their streams). */
    private static long threads(String name) {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals(name) && t.isAlive()).count();
    }
}
