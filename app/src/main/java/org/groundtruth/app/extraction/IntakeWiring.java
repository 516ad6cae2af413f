package org.groundtruth.app.extraction;

import org.groundtruth.extraction.RuleBasedExtractor;
import org.groundtruth.gazetteer.Gazetteer;
import org.groundtruth.intake.text.TextFiles;
import org.groundtruth.intake.text.TransliteratingPlaceLookup;
import org.groundtruth.web.intake.IntakeSetup;

/** The server's text intake: the rule-based extractor over the gazetteer the server loaded (warmed up), and intake's readers. */
public final class IntakeWiring {
    private IntakeWiring() {
    }

    public static IntakeSetup setup(Gazetteer gazetteer) {
        RuleBasedExtractor extractor = new RuleBasedExtractor(new TransliteratingPlaceLookup(gazetteer));
        ExtractorWarmUp.start(extractor);
        return IntakeSetup.of(extractor, TextFiles.FORMATS);
    }
}
