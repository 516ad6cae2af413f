package org.groundtruth.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {
    final ClientAddress none = new ClientAddress(List.of());
    final ClientAddress proxies = new ClientAddress(List.of("127.0.0.1", "10.0.0.0/8", "fd00::/8"));

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertThat(none.of("203.0.113.5", List.of("198.51.100.1"))).isEqualTo("203.0.113.5");
    }

    @Test
    void aHeaderFromAnUntrustedPeerIsIgnored() {
        assertThat(proxies.of("203.0.113.5", List.of("198.51.100.1"))).isEqualTo("203.0.113.5");
    }

    @Test
    void theFirstUntrustedHopFromTheRightIsTheClientWhateverTheClientWroteToItsLeft() {
        assertThat(proxies.of("127.0.0.1", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
        // the client sent "X-Forwarded-For: 192.0.2.66" itself; the proxy appended what it saw
        assertThat(proxies.of("127.0.0.1", List.of("192.0.2.66, 198.51.100.1"))).isEqualTo("198.51.100.1");
        // two trusted proxies in a row, the header split over two lines
        assertThat(proxies.of("10.1.2.3", List.of("192.0.2.66, 198.51.100.1", "10.9.9.9"))).isEqualTo("198.51.100.1");
        assertThat(proxies.of("127.0.0.1", List.of("[2001:db8::7]:443, fd00::1"))).isEqualTo("2001:db8:0:0:0:0:0:7");
        assertThat(proxies.of("127.0.0.1", List.of("198.51.100.1:5123"))).isEqualTo("198.51.100.1");
    }

    @Test
    void noHeaderOrOnlyProxiesOrGarbage() {
        assertThat(proxies.of("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
        assertThat(proxies.of("127.0.0.1", List.of("10.0.0.2"))).isEqualTo("10.0.0.2");
        assertThat(proxies.of("127.0.0.1", List.of("unknown"))).isEqualTo("127.0.0.1");
        assertThat(proxies.of("127.0.0.1", List.of("198.51.100.1, example.org"))).isEqualTo("127.0.0.1");
    }

    @Test
    void aProxyMustBeGivenAsAnAddressNeverAName() {
        assertThatThrownBy(() -> new ClientAddress(List.of("proxy.example.org"))).hasMessageContaining("'proxy.example.org' is not an IP address");
        assertThatThrownBy(() -> new ClientAddress(List.of("10.0.0.0/abc"))).hasMessageContaining("'10.0.0.0/abc'");
        assertThat(new ClientAddress(List.of("10.0.0.1-10.0.0.9")).of("10.0.0.5", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
    }
}
