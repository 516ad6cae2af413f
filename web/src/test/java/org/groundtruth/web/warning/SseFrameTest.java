package org.groundtruth.web.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The SSE frame the hub encodes once per event and writes, as is, to every subscriber (decision 0817). */
class SseFrameTest {
    @Test
    void anEventIsItsNameItsDataAndABlankLineInUtf8() {
        byte[] f = SseHub.frame("alert", "{\"sequence\":7,\"texts\":{\"ar\":\"تحذير\"}}");
        assertThat(new String(f, StandardCharsets.UTF_8)).isEqualTo("event: alert\ndata: {\"sequence\":7,\"texts\":{\"ar\":\"تحذير\"}}\n\n");
    }

    @Test
    void dataWithLineBreaksBecomesOneDataLinePerLineSoNoLineBreakCanEndTheEventEarly() {
        assertThat(new String(SseHub.frame("heartbeat", "a\nb\r\nc\rd"), StandardCharsets.UTF_8))
                .isEqualTo("event: heartbeat\ndata: a\ndata: b\ndata: c\ndata: d\n\n");
    }
}
