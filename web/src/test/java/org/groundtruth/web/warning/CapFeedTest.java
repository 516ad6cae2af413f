package org.groundtruth.web.warning;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.groundtruth.web.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The CAP 1.2 feed on a real server: each message is valid against the CAP 1.2 schema (test resources), has one info
 * block per language with the threatened sector as a closed polygon, turns into a Cancel that references the first
 * message when the flight lands, and names no spotter or post.
 */
class CapFeedTest {
    @TempDir
    Path dir;

    static Schema capSchema() throws Exception {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return f.newSchema(new StreamSource(CapFeedTest.class.getResource("/cap/CAP-v1.2.xsd").toString()));
    }

    static void validate(String xml) throws Exception {
        capSchema().newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    static String text(Element e, String name) {
        NodeList l = e.getElementsByTagNameNS(CapDocument.NS, name);
        return l.getLength() == 0 ? null : l.item(0).getTextContent();
    }

    @Test
    void everyMessageIsValidCap12WithOneInfoPerLanguageAndThePolygon() throws Exception {
        try (TestServer t = new TestServer(dir, WarningForWeb.settings(WarningForWeb.setup()))) {
            String token = WarningApiTest.addSpotter(t, WarningApiTest.NAME, WarningApiTest.POST);
            String id = WarningApiTest.post(t, token, WarningForWeb.takeOff(WarningApiTest.POST)).json().path("alerts").get(0).path("id").asText();

            var cap = t.get("/api/cap/alerts/" + id);
            assertThat(cap.status()).isEqualTo(200);
            assertThat(cap.contentType()).startsWith("application/cap+xml");
            validate(cap.body());
            Document d = parse(cap.body());
            Element alert = d.getDocumentElement();
            assertThat(text(alert, "msgType")).isEqualTo("Alert");
            assertThat(text(alert, "sent")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[+-]\\d\\d:\\d\\d");
            NodeList infos = alert.getElementsByTagNameNS(CapDocument.NS, "info");
            List<String> languages = new ArrayList<>();
            for (int i = 0; i < infos.getLength(); i++) {
                Element info = (Element) infos.item(i);
                languages.add(text(info, "language"));
                String[] points = text(info, "polygon").split(" ");
                assertThat(points.length).isGreaterThanOrEqualTo(4);
                assertThat(points[0]).as("a closed ring").isEqualTo(points[points.length - 1]);
                assertThat(text(info, "urgency")).isEqualTo("Expected");
            }
            assertThat(languages).containsExactly("ar", "en", "uk");
            assertThat(cap.body()).contains("أريحا").contains("Ariha").contains("Аріха");

            var feed = t.get("/api/cap/feed");
            assertThat(feed.contentType()).startsWith("application/atom+xml");
            assertThat(feed.body()).contains("/api/cap/alerts/" + id);

            WarningApiTest.post(t, token, WarningForWeb.landing(WarningApiTest.POST));
            String cancel = t.get("/api/cap/alerts/" + id).body();
            validate(cancel);
            Element c = parse(cancel).getDocumentElement();
            assertThat(text(c, "msgType")).isEqualTo("Cancel");
            assertThat(text(c, "references")).startsWith(CapDocument.SENDER + ",groundtruth-" + id + "-");
            assertThat(t.get("/api/cap/feed").body()).doesNotContain(id);

            for (String s : List.of(cap.body(), cancel, feed.body())) {
                assertThat(s).doesNotContain(WarningApiTest.NAME).doesNotContain(WarningApiTest.POST).doesNotContain("35.61234");
            }
            assertThat(t.get("/api/cap/alerts/none").status()).isEqualTo(404);
        }
    }

    @Test
    void theSchemaRefusesWhatCap12Forbids() {
        String good = """
                <alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>x</identifier><sender>s</sender>
                <sent>2015-11-29T11:35:00+02:00</sent><status>Actual</status><msgType>Alert</msgType><scope>Public</scope></alert>""";
        org.assertj.core.api.Assertions.assertThatCode(() -> validate(good)).doesNotThrowAnyException();
        assertThatThrownBy(() -> validate(good.replace("+02:00", "Z"))).as("CAP times carry a numeric offset").isNotNull();
        assertThatThrownBy(() -> validate(good.replace("Actual", "Real"))).isNotNull();
        assertThatThrownBy(() -> validate(good.replace("<scope>Public</scope>", ""))).isNotNull();
    }
}
