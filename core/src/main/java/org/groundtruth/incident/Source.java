package org.groundtruth.incident;

import java.util.Objects;

/**
 * Where a report came from.
 *
 * @param name    the publisher or channel as given ("SOHR", "Orient News", "ACLED")
 * @param dataset the dataset or feed the report was imported from ("ucdp-ged", "manual"); never null
 * @param url     link to the original, may be null
 */
public record Source(String name, String dataset, String url) {
    public Source {
        Objects.requireNonNull(dataset, "dataset");
    }
}
