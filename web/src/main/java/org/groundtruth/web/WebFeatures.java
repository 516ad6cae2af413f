package org.groundtruth.web;

import java.util.List;
import org.groundtruth.account.AccountStore;
import org.groundtruth.account.LoginThrottle;
import org.groundtruth.audit.AuditLog;
import org.groundtruth.web.account.AuditApi;
import org.groundtruth.web.account.Passwords;
import org.groundtruth.web.account.ReviewApi;
import org.groundtruth.web.account.SessionApi;
import org.groundtruth.web.account.UserApi;
import org.groundtruth.web.api.AssessmentApi;
import org.groundtruth.web.api.EvidenceApi;
import org.groundtruth.web.api.IncidentApi;
import org.groundtruth.web.api.MergeApi;
import org.groundtruth.web.claim.ClaimApi;
import org.groundtruth.web.map.MapApi;
import org.groundtruth.web.ogc.OgcApi;
import org.groundtruth.web.place.PlaceApi;
import org.groundtruth.web.testimony.TestimonyApi;
import org.groundtruth.web.ui.UiPages;

/**
 * Every feature the server serves, one line each, in the order their routes are registered. A new feature adds its
 * {@link WebFeature} in its own package and one line here.
 */
public final class WebFeatures {
    private WebFeatures() {
    }

    public static final List<WebFeature.Factory> ALL = List.of(
            c -> new OgcApi(c.store(), c.clock(), c.assessor(), c.settings().publicUrl()),
            c -> new IncidentApi(c.store(), c.settings(), c.assessor()),
            c -> new AssessmentApi(c.store(), c.assessor()),
            c -> new MergeApi(c.store()),
            c -> new EvidenceApi(c.settings()),
            c -> new SessionApi(c.store().port(AccountStore.PORT), passwords(c),
                    new LoginThrottle(c.security().loginLimits(), c.store().port(AccountStore.PORT).loginFailures()),
                    c.security().clientAddress(), c.access()),
            c -> new UserApi(c.store().port(AccountStore.PORT), passwords(c), c.clock()),
            c -> new ReviewApi(c.store()),
            c -> new org.groundtruth.web.account.BulkReviewApi(c.store()),
            c -> new org.groundtruth.web.account.RevisionApi(c.store(), c.assessor()),
            c -> new AuditApi(c.store().port(AuditLog.PORT)),
            c -> new ClaimApi(c.store(), c.clock()),
            c -> new TestimonyApi(c.store(), c.protection()),
            c -> new MapApi(c.store().incidents()),
            c -> new PlaceApi(c.settings().places()),
            org.groundtruth.web.warning.WarningApi::new,
            c -> new UiPages(c.store().incidents()),
            c -> new org.groundtruth.web.publication.ExportApi(c.store()),
            c -> new org.groundtruth.web.publication.ReportApi(c.store(), c.assessor(), c.protection(), c.clock()),
            org.groundtruth.web.intake.IntakeApi::new,
            org.groundtruth.web.intake.CandidateApi::new,
            org.groundtruth.web.intake.SubmissionApi::new);

    private static Passwords passwords(WebContext c) {
        return new Passwords(c.security().passwordCost());
    }
}
