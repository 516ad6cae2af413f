package org.groundtruth.app.extraction;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.groundtruth.app.UserException;
import org.groundtruth.app.gazetteer.LocalGazetteer;
import org.groundtruth.extraction.Extraction;
import org.groundtruth.extraction.Language;
import org.groundtruth.extraction.RuleBasedExtractor;
import org.groundtruth.extraction.TextExtractor;
import org.groundtruth.intake.text.TextFiles;
import org.groundtruth.intake.text.TransliteratingPlaceLookup;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code groundtruth intake FILE}: reads a text, a saved HTML page or a JSONL of posts and prints the candidate
 * reports, every value with its span. Nothing is stored: review and acceptance happen in the web app.
 */
@Command(name = "intake", mixinStandardHelpOptions = true,
        description = {"Read a text, an HTML page saved from a browser, or a JSONL of posts (text, published, language, url, author),",
                "and print the candidate reports: every extracted value with its span (character offsets). Nothing is stored."},
        subcommands = EvaluateCommand.class)
public final class IntakeCommand implements Callable<Integer> {
    /** Progress is shown on stderr for files of more texts than this. */
    static final int PROGRESS_FROM = 200;

    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "A .txt (UTF-8), .html/.htm page or .jsonl of posts.")
    Path file;

    @Option(names = "--json", description = "Print JSON for scripts (candidates with their spans) instead of a readable list.")
    boolean json;

    @Option(names = "--lang", paramLabel = "L", description = "Language where the file does not say: en, ar or uk (else guessed from the script).")
    String lang;

    @Option(names = "--published", paramLabel = "T",
            description = "Publication time where the file does not say (2015-11-30T08:00+02:00 or 2015-11-30); relative dates are read against it.")
    String published;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "groundtruth-data",
            description = "Data directory whose added gazetteer places are used (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Override
    public Integer call() {
        if (file == null) throw new CommandLine.ParameterException(spec.commandLine(), "give a FILE to read, or 'intake evaluate'");
        Language language = lang == null ? null : Language.parse(lang)
                .orElseThrow(() -> new UserException("--lang '" + lang + "' is not a language the extractor reads (en, ar, uk)"));
        OffsetDateTime at = published == null ? null : TextFiles.parsePublished(published);
        List<TextFiles.Input> inputs = TextFiles.read(file, new TextFiles.Defaults(language, at));
        TextExtractor extractor = new RuleBasedExtractor(new TransliteratingPlaceLookup(LocalGazetteer.load(dataDir)));

        // everything is read before anything is printed: a bad post late in a file leaves no half output
        List<ObjectNode> texts = new ArrayList<>();
        List<String> readable = new ArrayList<>();
        int done = 0;
        for (TextFiles.Input in : inputs) {
            Extraction e = extractor.extract(in.source());
            if (json) texts.add(CandidateJson.of(in, e));
            else readable.add(CandidateText.of(in, e));
            if (inputs.size() > PROGRESS_FROM && (++done % PROGRESS_FROM == 0 || done == inputs.size())) {
                spec.commandLine().getErr().printf("extracted %d of %d texts%n", done, inputs.size());
                spec.commandLine().getErr().flush();
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            ObjectNode root = CandidateJson.MAPPER.createObjectNode();
            root.put("file", file.toString());
            ArrayNode arr = root.putArray("texts");
            texts.forEach(arr::add);
            out.println(root.toPrettyString());
        } else {
            readable.forEach(out::print);
        }
        out.flush();
        return 0;
    }
}
