package org.groundtruth.claim;

import java.time.Instant;
import java.util.Objects;

/**
 * A claim as the ledger keeps it.
 *
 * @param originKey the key re-imports recognise it by
 * @param dataset   the dataset it was imported from
 * @param revisions how many versions of the row were imported (1 for a claim never changed)
 * @param updatedAt when its values last changed
 */
public record StoredClaim(Claim claim, String originKey, String dataset, int revisions, Instant updatedAt) {
    public StoredClaim {
        Objects.requireNonNull(claim, "claim");
        Objects.requireNonNull(originKey, "originKey");
        if (claim.id() <= 0) throw new IllegalArgumentException("a stored claim has an id");
    }

    public long id() {
        return claim.id();
    }
}
