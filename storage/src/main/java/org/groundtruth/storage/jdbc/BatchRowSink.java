package org.groundtruth.storage.jdbc;

import org.groundtruth.incident.IncidentStatus;
import org.groundtruth.ingest.ImportedRecord;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** Writes new rows with three prepared statements reused across the import, in JDBC batches. */
final class BatchRowSink implements RowSink {
    private final JdbcIncidentStore store;
    private final PreparedStatement insertIncident;
    private final PreparedStatement insertReport;
    private final PreparedStatement insertRevision;
    private int pending;

    BatchRowSink(JdbcIncidentStore store, Connection c) throws SQLException {
        this.store = store;
        this.insertIncident = c.prepareStatement(Sql.INSERT_INCIDENT);
        this.insertReport = c.prepareStatement(Sql.INSERT_REPORT);
        this.insertRevision = c.prepareStatement(Sql.INSERT_REVISION);
    }

    @Override
    public void add(long incidentId, long reportId, long importId, Instant now, ImportedRecord r) throws SQLException {
        add(incidentId, reportId, importId, now, r, JdbcIncidentStore.factValues(r.facts()), JdbcIncidentStore.searchTextOf(r),
                Json.fields(r.fields()));
    }

    /** Adds a row whose fact values, search text and fields JSON were already made. */
    void add(long incidentId, long reportId, long importId, Instant now, ImportedRecord r, Object[] factValues, String searchText,
             String fieldsJson) throws SQLException {
        store.bindNewIncident(insertIncident, incidentId, factValues, IncidentStatus.DRAFT, false, searchText, now);
        insertIncident.addBatch();
        store.bindReport(insertReport, reportId, incidentId, r.originKey(), r.source(), r.text(), r.language(), now,
                r.contentHash());
        insertReport.addBatch();
        store.bindRevision(insertRevision, reportId, 1, importId, now, r.contentHash(), fieldsJson);
        insertRevision.addBatch();
        if (++pending >= batchRows()) flush();
    }

    @Override
    public int pending() {
        return pending;
    }

    @Override
    public void flush() throws SQLException {
        if (pending == 0) return;
        insertIncident.executeBatch();
        insertReport.executeBatch();
        insertRevision.executeBatch();
        pending = 0;
    }

    @Override
    public void close() {
        for (PreparedStatement ps : new PreparedStatement[]{insertIncident, insertReport, insertRevision}) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing the connection releases it as well
            }
        }
    }
}
