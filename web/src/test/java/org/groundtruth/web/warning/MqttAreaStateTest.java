package org.groundtruth.web.warning;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.groundtruth.web.Json;
import org.junit.jupiter.api.Test;

/**
 * An area topic's state joined from parts serialised once per alert change (decision 0818) is, byte for byte, the
 * document the bridge built and serialised whole before: {"sequence", "version", "area", "alerts"} (version 2, decision 0822).
 */
class MqttAreaStateTest {
    static ObjectNode area() {
        return Json.object().put("country", "SY").put("admin1", "Idlib").put("admin2", "Ariha");
    }

    static ObjectNode alert(String id, String town) {
        ObjectNode a = Json.object().put("id", id).put("state", "active").put("level", "watch");
        a.putArray("threats").addObject().put("place", town).putObject("names").put("ar", "أريحا").put("en", town);
        a.putObject("texts").put("uk", "Тривога");
        return a;
    }

    static byte[] bytes(ObjectNode o) {
        return o.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void joinedFromPartsItIsTheWholeDocumentSerialisedAtOnce() throws Exception {
        ObjectNode a = alert("a-1", "Ariha"), b = alert("a-2", "Urum al-Joz");
        ObjectNode whole = Json.object().put("sequence", 42L).put("version", 2);
        whole.set("area", area());
        ArrayNode list = whole.putArray("alerts");
        list.add(a);
        list.add(b);
        byte[] joined = MqttBridge.areaState(42, bytes(area()), List.of(bytes(a), bytes(b)));
        assertThat(new String(joined, StandardCharsets.UTF_8)).isEqualTo(whole.toString());
        assertThat(Json.MAPPER.readTree(joined)).isEqualTo(Json.MAPPER.readTree(whole.toString()));
    }

    @Test
    void anAreaNoAlertThreatensAnyMoreHoldsAnEmptyList() {
        ObjectNode whole = Json.object().put("sequence", 7L).put("version", 2);
        whole.set("area", area());
        whole.putArray("alerts");
        assertThat(new String(MqttBridge.areaState(7, bytes(area()), List.of()), StandardCharsets.UTF_8)).isEqualTo(whole.toString());
    }
}
