package org.groundtruth.web.intake;

import org.groundtruth.evidence.EvidenceService;
import org.groundtruth.intake.evidence.MetadataAnalyzer;
import org.groundtruth.intake.text.TextFiles;
import org.groundtruth.storage.evidence.FileBlobStore;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.textintake.IntakeForTest;
import org.groundtruth.web.WebSettings;

import java.nio.file.Path;
import java.time.Clock;

/** Test servers' intake: core's small gazetteer (Kafr Nabl, Ariha, Saraqib, Hama, Idlib) and intake's readers. */
public final class IntakeForWeb {
    private IntakeForWeb() {
    }

    public static IntakeSetup setup() {
        return IntakeSetup.of(IntakeForTest.extractor(), TextFiles.FORMATS);
    }

    /** Intake, with an evidence store in {@code evidenceDir} for submissions' files. */
    public static WebSettings settings(JdbcStore store, Path evidenceDir, IntakeSetup setup) {
        EvidenceService evidence = new EvidenceService(store, FileBlobStore.open(evidenceDir), new MetadataAnalyzer(), Clock.systemUTC());
        return WebSettings.local(0).withEvidence(evidence, 8L << 20, null).withIntake(setup);
    }

    static String json(String text) {
        return org.groundtruth.web.Json.object().put("text", text).toString();
    }
}
