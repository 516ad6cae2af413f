package org.groundtruth.web;

import java.time.Clock;
import org.groundtruth.assessment.Assessor;
import org.groundtruth.store.Store;
import org.groundtruth.testimony.WitnessProtection;

/**
 * What every {@link WebFeature} may be built from: the store root (each feature takes its own ports from it), the
 * server's settings and security, the access checks, the testimony sealer and the assessor shared by the incident
 * answers.
 */
public record WebContext(Store store, WebSettings settings, SecuritySettings security, Access access,
                         WitnessProtection protection, Assessor assessor) {

    public Clock clock() {
        return security.clock();
    }
}
