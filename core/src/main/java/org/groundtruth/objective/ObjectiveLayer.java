package org.groundtruth.objective;

import org.groundtruth.store.Port;
import java.util.List;
import java.util.Optional;

/** The stored layer of military objectives. Implemented in storage on SQLite and PostgreSQL. */
public interface ObjectiveLayer {

    /** The key by which a {@link org.groundtruth.store.Store} opens this port. */
    Port<ObjectiveLayer> PORT = new Port<>("military objectives", ObjectiveLayer.class);

    List<MilitaryObjective> list();

    Optional<MilitaryObjective> find(long id);

    /**
     * Stores all of them in one transaction (an import), with one audit-log entry each: all are added, or on any
     * failure none.
     */
    List<MilitaryObjective> addAll(List<MilitaryObjective> objectives, org.groundtruth.audit.ChangeNote note);

    /** Replaces the stored objective {@code id}, audited in the same transaction; NoSuchElementException when there is none. */
    MilitaryObjective update(long id, MilitaryObjective objective, org.groundtruth.audit.ChangeNote note);
}
