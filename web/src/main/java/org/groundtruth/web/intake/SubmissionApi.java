package org.groundtruth.web.intake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.groundtruth.evidence.Acquisition;
import org.groundtruth.evidence.BlobWriter;
import org.groundtruth.evidence.EvidenceService;
import org.groundtruth.evidence.FileHead;
import org.groundtruth.evidence.Sha256;
import org.groundtruth.evidence.StoredBlob;
import org.groundtruth.evidence.TypeMismatchException;
import org.groundtruth.extraction.Extraction;
import org.groundtruth.extraction.Language;
import org.groundtruth.store.Store;
import org.groundtruth.testimony.WitnessProtection;
import org.groundtruth.textintake.CandidateValues;
import org.groundtruth.textintake.IntakeLedger;
import org.groundtruth.textintake.NewText;
import org.groundtruth.textintake.StoredText;
import org.groundtruth.textintake.SubmissionThrottle;
import org.groundtruth.textintake.TextFormats;
import org.groundtruth.textintake.TextOrigin;
import org.groundtruth.textintake.TextStatus;
import org.groundtruth.web.ApiException;
import org.groundtruth.web.ClientAddress;
import org.groundtruth.web.Json;
import org.groundtruth.web.RouteTable;
import org.groundtruth.web.Rule;
import org.groundtruth.web.WebContext;
import org.groundtruth.web.WebFeature;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;

/**
 * Public submission (issue 13 item 3, decision 1008): {@code /submit} is a page for phones in English, Arabic and
 * Ukrainian where anyone without an account sends an account of a strike, optionally with photos or videos and a contact.
 * It is kept as a text awaiting moderation: nothing from it is offered for review, let alone shown to the public, until a
 * moderator lets it through. The contact is sealed like a witness identity before it is stored; the sender's address is
 * never stored: a keyed digest of it (the key lives only in this process) counts their submissions against the limits and
 * tags theirs for the moderator. Files go through the evidence store, with their custody, and are linked to the incident
 * only when a candidate of the submission is accepted. Answers carry no internal number and never repeat what was sent.
 */
public final class SubmissionApi implements WebFeature {
    /** The receipt a submitter's page sends its files with: not in the path, so that no log line can carry it. */
    static final String RECEIPT_HEADER = "X-Submission-Receipt";
    static final String NAME_HEADER = "X-File-Name";
    /** An account of a strike is a message, not an archive: longer texts are pasted by investigators. */
    static final int MAX_CHARS = 20_000;
    static final int MAX_CONTACT = 500;
    private static final byte[] PAGE = page("/web/submit/submit.html");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Store store;
    private final IntakeSetup setup;
    private final WitnessProtection protection;
    private final EvidenceService evidence;
    private final ClientAddress addresses;
    private final Clock clock;
    private final SubmissionThrottle throttle;
    private final byte[] senderKey = new byte[32];

    public SubmissionApi(WebContext c) {
        this.store = c.store();
        this.setup = c.settings().intake();
        this.protection = c.protection();
        this.evidence = c.settings().evidence();
        this.addresses = c.security().clientAddress();
        this.clock = c.clock();
        this.throttle = setup == null ? null : new SubmissionThrottle(setup.limits());
        RANDOM.nextBytes(senderKey); // lives and dies with this process: no digest outlives it
    }

    @Override
    public void addTo(RouteTable routes) {
        // Anyone may submit: the handlers take nothing from who is signed in, and answer alike for everyone.
        routes.page("/submit", Rule.PUBLIC, ctx -> ctx.contentType("text/html; charset=utf-8").header("Cache-Control", "no-cache").result(PAGE))
                .api(HandlerType.GET, "/api/submissions/settings", Rule.PUBLIC, this::settings)
                .api(HandlerType.POST, "/api/submissions", Rule.PUBLIC, this::submit)
                .api(HandlerType.POST, "/api/submissions/files", Rule.PUBLIC, this::file);
    }

    private IntakeSetup setup() {
        if (setup == null) throw new ApiException(503, "SubmissionsUnavailable", "this server takes no submissions (text intake is not set up)");
        return setup;
    }

    private int filesAccepted() {
        return evidence == null || setup == null ? 0 : setup.maxFiles();
    }

    private void settings(Context ctx) {
        IntakeSetup s = setup();
        ObjectNode o = Json.object();
        o.put("maxCharacters", MAX_CHARS);
        o.put("contact", protection.hasKey());
        o.put("maxFiles", filesAccepted());
        o.put("maxFileBytes", s.maxFileBytes());
        o.putArray("languages").add("en").add("ar").add("uk");
        Json.ok(ctx, o);
    }

    private void submit(Context ctx) {
        IntakeSetup s = setup();
        IntakeInput.refuseLargeBody(ctx);
        ObjectNode body = Json.readObject(ctx);
        IntakeInput.refuseUnknown(body, Set.of("text", "language", "contact"));
        String text = IntakeInput.requiredText(body, "text");
        // its own code, so that the page says it in the page's language
        if (text.isBlank()) throw new ApiException(400, "EmptyText", "text: the text is empty; nothing was stored");
        if (text.length() > MAX_CHARS) throw ApiException.badParameter("text", "at most " + MAX_CHARS + " characters");
        Language language = IntakeInput.language(body);
        String contact = IntakeInput.optionalText(body, "contact", MAX_CONTACT);
        if (contact != null && !protection.hasKey()) {
            throw ApiException.badParameter("contact", "this server cannot keep a contact sealed yet; send the account without one");
        }
        Instant now = clock.instant();
        // read against the time it arrives: "yesterday" is the day before the submission (its zone is not known: UTC)
        TextFormats.Read read;
        try {
            read = s.formats().read(TextFormats.Format.TEXT, text, language, now.atOffset(ZoneOffset.UTC), null, null).get(0);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, "UnreadableText", e.getMessage() + "; nothing was stored");
        }
        if (store.port(IntakeLedger.PORT).count(Set.of(TextStatus.AWAITING_MODERATION), TextOrigin.SUBMITTED) >= s.queueMax()) {
            throw new ApiException(503, "QueueFull", "many accounts wait for a moderator; please send yours again later");
        }
        String sender = senderDigest(addresses.of(ctx));
        SubmissionThrottle.Verdict verdict = throttle.take(sender, now);
        if (!verdict.allowed()) {
            ctx.header("Retry-After", Long.toString(Math.max(1, verdict.retryAfter().toSeconds())));
            throw new ApiException(429, "TooManySubmissions", verdict.senderLimit()
                    ? "you have sent several accounts in a short time; please wait before sending another"
                    : "many accounts arrived in a short time; please send yours again later");
        }
        String receipt = token();
        Instant until = now.plus(s.uploadWindow()).truncatedTo(ChronoUnit.SECONDS);
        try {
            Extraction e = s.extractor().extract(read.source());
            NewText t = new NewText(read.source(), "text", null, TextOrigin.SUBMITTED, e.candidates().stream().map(CandidateValues::of).toList(), e.notes());
            store.port(IntakeLedger.PORT).submit(t, sender.substring(0, 16), digest(receipt), until,
                    contact == null ? null : id -> protection.seal(contact, IntakeLedger.contactPlace(id)));
        } catch (RuntimeException failed) {
            throttle.giveBack(sender, now);
            throw failed;
        }
        ObjectNode o = Json.object();
        o.put("received", true);
        o.put("receipt", receipt);
        o.put("maxFiles", filesAccepted());
        o.put("uploadsUntil", until.toString());
        Json.answer(ctx, 202, Json.JSON, o);
    }

    /** A photo or video for the submission the receipt names, streamed into the evidence store with its custody. */
    private void file(Context ctx) {
        IntakeSetup s = setup();
        if (filesAccepted() == 0) throw new ApiException(503, "FilesUnavailable", "this server takes no files with submissions");
        String receipt = ctx.header(RECEIPT_HEADER);
        if (receipt == null || receipt.isBlank()) throw ApiException.badParameter(RECEIPT_HEADER, "send the receipt the submission was answered with");
        StoredText submission = store.port(IntakeLedger.PORT).submissionForUpload(digest(receipt.strip()), clock.instant())
                .orElseThrow(() -> new ApiException(404, "NotFound", RECEIPT_HEADER + ": no submission takes files with this receipt (it may have expired)"));
        String rawName = ctx.header(NAME_HEADER);
        if (rawName == null || rawName.isBlank()) throw ApiException.badParameter(NAME_HEADER, "send the file's name (percent-encoded)");
        String name;
        try {
            name = URLDecoder.decode(rawName, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(NAME_HEADER, "not percent-encoded UTF-8");
        }
        if (store.port(IntakeLedger.PORT).evidenceOf(submission.id()).size() >= s.maxFiles()) {
            throw new ApiException(409, "TooManyFiles", "a submission brings at most " + s.maxFiles() + " files");
        }
        long limit = s.maxFileBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) throw tooLarge(limit);
        StoredBlob blob;
        try (InputStream in = ctx.req().getInputStream(); BlobWriter w = evidence.blobs().writer()) {
            byte[] buffer = new byte[64 * 1024];
            FileHead head = new FileHead();
            for (int n; (n = in.readNBytes(buffer, 0, buffer.length)) > 0; ) {
                if (w.bytesWritten() + n > limit) throw tooLarge(limit); // closing the writer discards the file
                w.write(buffer, 0, n);
                head.see(buffer, 0, n);
            }
            if (w.bytesWritten() == 0) throw ApiException.badParameter("body", "the file is empty");
            if (declared >= 0 && w.bytesWritten() != declared) {
                throw new ApiException(400, "IncompleteUpload", "received fewer bytes than announced; nothing was stored");
            }
            try {
                evidence.requireHonestType(name, head.bytes());
            } catch (TypeMismatchException e) {
                throw new ApiException(415, "TypeMismatch", NAME_HEADER + ": the file's content is not what its name says; nothing was stored");
            }
            blob = w.commit();
        } catch (IOException e) {
            throw new ApiException(400, "IncompleteUpload", "the upload broke off; nothing was stored");
        }
        EvidenceService.Added added = evidence.add(blob, name, new Acquisition("public-submission", null, null, null, null,
                "sent with a public submission, not yet moderated"), null);
        store.port(IntakeLedger.PORT).attachEvidence(submission.id(), added.item().id());
        ObjectNode o = Json.object();
        o.put("received", true);
        o.put("files", store.port(IntakeLedger.PORT).evidenceOf(submission.id()).size());
        Json.answer(ctx, 201, Json.JSON, o);
    }

    private static ApiException tooLarge(long limit) {
        return new ApiException(413, "PayloadTooLarge", "the file is larger than the " + (limit >> 20) + " MB a submission takes; nothing was stored");
    }

    /** HMAC-SHA256 of the address under this process's key, hex: the same for one sender while the server runs, and nothing else. */
    String senderDigest(String address) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(senderKey, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(String.valueOf(address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is missing from this Java", e);
        }
    }

    private static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String digest(String receipt) {
        return Sha256.ofBytes(receipt.getBytes(StandardCharsets.UTF_8)).hex();
    }

    private static byte[] page(String path) {
        try (InputStream in = SubmissionApi.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing resource " + path);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
