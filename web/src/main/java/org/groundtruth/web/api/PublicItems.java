package org.groundtruth.web.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.groundtruth.assessment.AssessmentLedger;
import org.groundtruth.assessment.GradeSummary;
import org.groundtruth.claim.ClaimLedger;
import org.groundtruth.incident.IdPage;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.store.Store;
import org.groundtruth.web.Json;
import org.groundtruth.web.claim.ClaimJson;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The items of a list page of incidents (an OGC items page, the JSON list), each ready to write, with the public's
 * kept: what the public sees of an incident changes only when the public generation moves (V111, V112), so each
 * incident's rendered JSON is kept under the generation its page was read at, and a page of the public's query reads
 * only its ids and the incidents not kept (decision 0424). Any other page (a signed-in caller's drafts, internal ids)
 * is read and rendered whole every time. One instance per shape of item.
 */
public final class PublicItems {

    /** Writes one incident's item, start and end of its object included, from what its page read beside it. */
    public interface Renderer {
        void write(JsonGenerator g, Incident incident, ClaimJson.ForIncidents claims, GradeSummary grade, boolean internal) throws IOException;
    }

    private record Kept(long generation, SerializedString json) {}

    private final Renderer renderer;
    private final Cache<Long, Kept> kept;

    /** Keeps at most about {@code maxBytes} of rendered items, the least useful let go first. */
    public PublicItems(Renderer renderer, long maxBytes) {
        this.renderer = renderer;
        // weighed as the text and its UTF-8 bytes, both held
        this.kept = Caffeine.newBuilder().maximumWeight(maxBytes)
                .<Long, Kept>weigher((id, k) -> 64 + 3 * k.json().asUnquotedUTF8().length).build();
    }

    /**
     * The page's items in its order, leaving out incidents gone or no longer of the query's statuses since the page
     * was read. Kept items are used only under the page's own generation, which was read before the page: an item
     * rendered after it is at least as new as that number, so a kept item is never older than the page says.
     */
    public List<Json.Writer> items(Store store, IncidentQuery query, IdPage page, boolean internal) {
        boolean keep = page.publicGeneration() >= 0 && !internal;
        Map<Long, SerializedString> ready = new HashMap<>();
        List<Long> toRead = new ArrayList<>();
        for (long id : page.ids()) {
            Kept k = keep ? kept.getIfPresent(id) : null;
            if (k != null && k.generation() == page.publicGeneration()) ready.put(id, k.json());
            else toRead.add(id);
        }
        Map<Long, Json.Writer> fresh = new HashMap<>();
        if (!toRead.isEmpty()) {
            List<Incident> read = store.incidents().listed(toRead, query.statuses());
            List<Long> ids = read.stream().map(Incident::id).toList();
            Map<Long, GradeSummary> grades = store.port(AssessmentLedger.PORT).summaries(ids);
            ClaimJson.ForIncidents claims = ClaimJson.ForIncidents.of(store.port(ClaimLedger.PORT), ids);
            for (Incident i : read) {
                Json.Writer w = g -> renderer.write(g, i, claims, grades.get(i.id()), internal);
                if (keep) {
                    SerializedString json = rendered(w);
                    kept.put(i.id(), new Kept(page.publicGeneration(), json));
                    ready.put(i.id(), json);
                } else {
                    fresh.put(i.id(), w);
                }
            }
        }
        List<Json.Writer> out = new ArrayList<>(page.ids().size());
        for (long id : page.ids()) {
            SerializedString json = ready.get(id);
            if (json != null) out.add(g -> g.writeRawValue(json));
            else if (fresh.containsKey(id)) out.add(fresh.get(id));
        }
        return out;
    }

    private static SerializedString rendered(Json.Writer w) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(2048);
        try (JsonGenerator g = Json.MAPPER.createGenerator(bytes)) {
            w.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write an incident's JSON", e);
        }
        SerializedString json = new SerializedString(bytes.toString(StandardCharsets.UTF_8));
        json.asUnquotedUTF8(); // encoded once, here, not by the first page that writes it
        return json;
    }
}
