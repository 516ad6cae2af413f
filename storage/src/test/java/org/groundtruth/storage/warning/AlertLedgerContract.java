package org.groundtruth.storage.warning;

import org.groundtruth.store.Store;
import org.groundtruth.warning.AlertLedger;
import org.groundtruth.warning.AlertLevel;
import org.groundtruth.warning.AlertState;
import org.groundtruth.warning.StoredAlert;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What every {@link AlertLedger} must do; subclasses make a fresh store (SQLite file, PostgreSQL database). */
public abstract class AlertLedgerContract {
    private static final Instant T0 = Instant.parse("2015-11-29T09:35:30Z");
    protected Store store;
    private AlertLedger ledger;

    protected abstract Store newStore() throws Exception;

    protected void dropStore() {
    }

    @BeforeEach
    void open() throws Exception {
        store = newStore();
        ledger = store.port(AlertLedger.PORT);
    }

    @AfterEach
    void close() {
        store.close();
        dropStore();
    }

    private static StoredAlert alert(String id, AlertState state, AlertLevel level, Instant updated) {
        return new StoredAlert(id, state, level, "SY", T0, updated, updated.plusSeconds(600), "{\"id\":\"" + id + "\",\"state\":\"" + state.code() + "\"}");
    }

    @Test
    void anAlertIsKeptAsItLastWasAndListedWhileActive() {
        ledger.save(alert("a1", AlertState.ACTIVE, AlertLevel.INFO, T0));
        ledger.save(alert("a2", AlertState.ACTIVE, AlertLevel.WATCH, T0.plusSeconds(10)));
        ledger.save(alert("a1", AlertState.ACTIVE, AlertLevel.URGENT, T0.plusSeconds(20)));
        assertThat(ledger.find("a1").orElseThrow().level()).isEqualTo(AlertLevel.URGENT);
        assertThat(ledger.active()).extracting(StoredAlert::id).containsExactly("a1", "a2");
        ledger.save(alert("a1", AlertState.CANCELLED, AlertLevel.URGENT, T0.plusSeconds(30)));
        assertThat(ledger.active()).extracting(StoredAlert::id).containsExactly("a2");
        assertThat(ledger.find("a1").orElseThrow().published()).contains("cancelled");
        assertThat(ledger.recent(10)).extracting(StoredAlert::id).containsExactly("a1", "a2");
        assertThat(ledger.updatedBetween(T0, T0.plusSeconds(30), 10)).extracting(StoredAlert::id).containsExactly("a2");
        assertThat(ledger.find("none")).isEmpty();
    }

    @Test
    void theLastDeliverySequenceNumberIsKeptSoThatARestartContinuesAfterIt() {
        assertThat(ledger.lastSequence()).isZero();
        ledger.save(alert("a1", AlertState.ACTIVE, AlertLevel.INFO, T0), 1);
        ledger.save(alert("a2", AlertState.ACTIVE, AlertLevel.INFO, T0), 2);
        ledger.save(alert("a1", AlertState.ACTIVE, AlertLevel.WATCH, T0.plusSeconds(5)), 3);
        assertThat(ledger.lastSequence()).isEqualTo(3);
        ledger.save(alert("a1", AlertState.EXPIRED, AlertLevel.WATCH, T0.plusSeconds(9)));
        assertThat(ledger.lastSequence()).as("a state saved without a change delivered keeps the number").isEqualTo(3);
        assertThat(ledger.find("a1").orElseThrow().state()).isEqualTo(AlertState.EXPIRED);
        assertThatThrownBy(() -> ledger.save(alert("a3", AlertState.ACTIVE, AlertLevel.INFO, T0), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void webhooksAreAddedListedAndRemoved() {
        var w = ledger.addWebhook("https://relay.example/alerts", "s".repeat(32), "sy", T0);
        assertThat(w.id()).isPositive();
        assertThat(w.country()).isEqualTo("SY");
        ledger.addWebhook("http://127.0.0.1:9/x", "t".repeat(32), null, T0);
        assertThat(ledger.webhooks()).hasSize(2).first().isEqualTo(w);
        assertThat(ledger.removeWebhook(w.id())).isTrue();
        assertThat(ledger.removeWebhook(w.id())).isFalse();
        assertThat(ledger.webhooks()).hasSize(1);
        assertThatThrownBy(() -> ledger.addWebhook("ftp://x", "s".repeat(32), null, T0)).hasMessageContaining("url");
        assertThatThrownBy(() -> ledger.addWebhook("https://x.example", "short", null, T0)).hasMessageContaining("secret");
        assertThat(ledger.webhooks()).as("a refused webhook stores nothing").hasSize(1);
    }
}
