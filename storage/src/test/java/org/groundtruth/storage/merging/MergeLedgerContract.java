package org.groundtruth.storage.merging;

import org.groundtruth.audit.AuditLog;
import org.groundtruth.review.IncidentReviews;
import org.groundtruth.store.Store;
import org.groundtruth.incident.CivilianObject;
import org.groundtruth.incident.Incident;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.IncidentForTest;
import org.groundtruth.incident.IncidentQuery;
import org.groundtruth.incident.Report;
import org.groundtruth.merging.MergeEvent;
import org.groundtruth.merging.MergeLedger;
import org.groundtruth.merging.MergeParameters;
import org.groundtruth.merging.MergeProposal;
import org.groundtruth.merging.MergeRun;
import org.groundtruth.merging.MergeStatus;
import org.groundtruth.merging.MergeWorkflow;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.time.IncidentDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The merge workflow every store must show; run on a SQLite file and on PostgreSQL. */
public abstract class MergeLedgerContract {
    static final MergeParameters P = MergeParameters.DEFAULT;
    static final LocalDate DAY = LocalDate.of(2015, 11, 29);

    protected Store store;
    MergeLedger merges;

    protected abstract Store newStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = newStore();
        merges = store.port(MergeLedger.PORT);
    }

    @AfterEach
    void close() {
        if (store != null) store.close();
    }

    static IncidentFacts exact(double lat, double lon, int hour, int minute, CivilianObject hit) {
        IncidentFacts f = IncidentForTest.at(lat, lon).on(IncidentDate.at(DAY, LocalTime.of(hour, minute), ZoneOffset.ofHours(2)))
                .hitting(hit).titled("Strike on the market").facts();
        return f.withLocation(new Location(new Coordinates(lat, lon), LocationPrecision.EXACT, null, "Ariha", "Idlib", null, "SY",
                PlacedBy.SOURCE));
    }

    Incident create(IncidentFacts facts, String originKey, String text, String lang) {
        IncidentForTest t = IncidentForTest.at(0, 0).reportText(text, lang);
        return store.incidents().create(facts, List.of(t.report(originKey)));
    }

    /** Two geolocated videos of the market strike (sure), and a town-level post of the same day (unsure). */
    long[] ariha() {
        long a = create(exact(35.8100, 36.6100, 12, 0, CivilianObject.MARKET), "video:1",
                "غارة جوية على سوق أريحا الشعبي ومقتل ٤٠ مدنيا", "ar").id();
        long b = create(exact(35.8103, 36.6102, 12, 10, CivilianObject.MARKET), "video:2",
                "مقتل 40 مدنيا في غارة على السوق الشعبي في أريحا", "ar").id();
        long c = create(IncidentForTest.at(35.8101, 36.6101).on(DAY.toString()).titled("Airstrikes on Ariha").facts(), "post:3",
                "Airstrikes hit Ariha today", "en").id();
        return new long[]{a, b, c};
    }

    long reportCount() {
        return store.incidents().search(IncidentQuery.all()).items().stream().mapToLong(i -> i.reports().size()).sum();
    }

    @Test
    void groupsAreProposedAsOneIncidentAndAcceptedWhole() {
        long[] id = ariha();
        long d = create(exact(35.8101, 36.6101, 12, 5, CivilianObject.MARKET), "video:4", "سوق أريحا بعد الغارة، ٤٠ قتيلا", "ar").id();
        org.groundtruth.merging.MergeGroupRun run = MergeWorkflow.propose(merges, P, 2, "system:merge");
        assertThat(run.candidatePairs()).isEqualTo(6);
        assertThat(run.groups()).isEqualTo(1);
        assertThat(run.newGroups()).isEqualTo(1);
        assertThat(run.appliedGroups()).isZero();
        assertThat(merges.countPendingGroups()).isEqualTo(1);
        org.groundtruth.merging.MergeGroupView g = merges.pendingGroups(0, 1, 10, 0).getFirst();
        assertThat(g.members()).containsExactly(id[0], id[1], id[2], d);
        assertThat(g.merges()).hasSize(3).allSatisfy(m -> assertThat(m.status()).isEqualTo(MergeStatus.PENDING));
        assertThat(merges.pendingGroups(0.999, 1, 10, 0)).isEmpty();

        org.groundtruth.merging.MergeGroupView done = merges.applyGroup(g.id(), "ana");
        assertThat(done.pending()).isFalse();
        assertThat(merges.mergedInto(id[1])).isEqualTo(OptionalLong.of(id[0]));
        assertThat(merges.mergedInto(d)).isEqualTo(OptionalLong.of(id[0]));
        assertThat(store.incidents().find(id[0]).orElseThrow().reports()).hasSize(4);
        assertThatThrownBy(() -> merges.applyGroup(g.id(), "ana")).hasMessageContaining("has no pending merge");
        // proposing again stores nothing new
        assertThat(MergeWorkflow.propose(merges, P, 2, "system:merge").newGroups()).isZero();
    }

    @Test
    void aDocumentIsSharedOnlyWhenOneDatasetFiledItUnderBoth() {
        // one coder filing one roundup under two incidents meant two strikes (decision 0564); two monitors citing one
        // article for their own records of a strike say nothing of the kind
        java.util.function.BiFunction<String, String, Long> cite = (dataset, key) -> {
            IncidentForTest t = IncidentForTest.at(35.81, 36.61).on(DAY.toString())
                    .from(new org.groundtruth.incident.Source("SOHR", dataset, "https://example.org/roundup-29-november"));
            return store.incidents().create(t.facts(), List.of(t.report(key))).id();
        };
        long acled = cite.apply("acled", "a:1"), acledToo = cite.apply("acled", "a:2"), airwars = cite.apply("airwars", "w:1");
        java.util.Map<Long, org.groundtruth.merging.MergeFootprint> byId = new java.util.HashMap<>();
        for (org.groundtruth.merging.MergeFootprint f : merges.footprints()) byId.put(f.id(), f);
        assertThat(byId.get(acled).sharesSourceWith(byId.get(acledToo))).as("one dataset, one roundup, two records").isTrue();
        assertThat(byId.get(acled).sharesSourceWith(byId.get(airwars))).as("two datasets citing one article").isFalse();
    }

    @Test
    void unplacedIncidentsAreProposedByTheNamesOfTheirPlace() {
        // two reports of one strike the gazetteer could not place, named the same village in two spellings (decision 0562)
        IncidentFacts base = IncidentForTest.at(0, 0).on(DAY.toString()).titled("Strike on the market").facts();
        long a = create(base.withLocation(Location.unplaced("Kafr Nabl", "Idlib", null, "SY")), "post:1",
                "Warplanes struck the vegetable market of Kafr Nabl, killing five civilians", "en").id();
        long b = create(base.withLocation(Location.unplaced("Kafranbel", "Idlib", null, "SY")), "post:2",
                "Warplanes struck the vegetable market in Kafranbel killing six civilians", "en").id();
        create(base.withLocation(Location.unplaced(null, null, null, "SY")), "post:3", "Warplanes struck a market", "en");
        org.groundtruth.merging.MergeGroupRun run = MergeWorkflow.propose(merges, P, 2, "system:merge");
        assertThat(run.candidatePairs()).isEqualTo(1);
        org.groundtruth.merging.MergeGroupView g = merges.pendingGroups(0, 1, 10, 0).getFirst();
        assertThat(g.members()).containsExactly(a, b);
        assertThat(g.merges().getFirst().reason()).startsWith("same place name (neither placed)");
        merges.applyGroup(g.id(), "ana");
        assertThat(merges.mergedInto(b)).isEqualTo(OptionalLong.of(a));
        assertThat(store.incidents().find(a).orElseThrow().reports()).hasSize(2);
    }

    @Test
    void aRejectedGroupIsNeverProposedAgainAndSureGroupsApplyThemselves() {
        long[] id = ariha();
        org.groundtruth.merging.MergeGroupView g = merges.group(firstGroup(MergeWorkflow.propose(merges, P, 2, "system:merge"))).orElseThrow();
        org.groundtruth.merging.MergeGroupView rejected = merges.rejectGroup(g.id(), "ana", "two strikes");
        assertThat(rejected.merges()).allSatisfy(m -> assertThat(m.status()).isEqualTo(MergeStatus.REJECTED));
        assertThat(merges.countPendingGroups()).isZero();
        assertThat(MergeWorkflow.propose(merges, P, 0.5, "system:merge").newGroups()).isZero();
        assertThat(merges.mergedInto(id[1])).isEmpty();
        assertThatThrownBy(() -> merges.applyGroup(999_999, "ana")).isInstanceOf(java.util.NoSuchElementException.class);
    }

    private long firstGroup(org.groundtruth.merging.MergeGroupRun run) {
        assertThat(run.newGroups()).isEqualTo(1);
        return merges.pendingGroups(0, 1, 1, 0).getFirst().id();
    }

    @Test
    void sureGroupsAreAppliedAutomatically() {
        long[] id = ariha();
        org.groundtruth.merging.MergeGroupRun run = MergeWorkflow.propose(merges, P, 0.1, "system:merge");
        assertThat(run.appliedGroups()).isEqualTo(1);
        assertThat(merges.mergedInto(id[1])).isEqualTo(OptionalLong.of(id[0]));
        assertThat(merges.mergedInto(id[2])).isEqualTo(OptionalLong.of(id[0]));
        assertThat(merges.countPendingGroups()).isZero();
    }

    @Test
    void sureMergesAreAppliedAndUnsureOnesQueued() {
        long[] id = ariha();
        MergeRun run = MergeWorkflow.run(merges, P, 0.95, "system:merge");
        assertThat(run.candidates()).isEqualTo(3);
        assertThat(run.proposed()).isEqualTo(3);
        assertThat(run.applied()).isEqualTo(1);
        assertThat(run.queued()).isEqualTo(2);

        MergeProposal applied = merges.list(MergeStatus.APPLIED, 10, 0).getFirst();
        assertThat(applied.firstId()).isEqualTo(id[0]);
        assertThat(applied.secondId()).isEqualTo(id[1]);
        assertThat(applied.survivorId()).isEqualTo(id[0]);
        assertThat(applied.automatic()).isTrue();
        assertThat(applied.confidence()).isGreaterThanOrEqualTo(0.95);
        assertThat(applied.reason()).contains("both hit market").contains("Arabic texts share");

        // the survivor holds both reports with their sources; the merged incident is kept but hidden from search
        Incident survivor = store.incidents().find(id[0]).orElseThrow();
        assertThat(survivor.reports()).extracting(Report::originKey).containsExactly("video:1", "video:2");
        assertThat(store.incidents().find(id[1])).isPresent();
        assertThat(merges.mergedInto(id[1])).isEqualTo(OptionalLong.of(id[0]));
        assertThat(merges.mergedInto(id[0])).isEmpty();
        // in date order, where the day-only post comes before the timed video of the same day
        assertThat(store.incidents().search(IncidentQuery.all()).items()).extracting(Incident::id).containsExactly(id[2], id[0]);
        assertThat(store.incidents().stats(IncidentQuery.all()).total()).isEqualTo(2);
        assertThat(reportCount()).isEqualTo(3);
        // the survivor is found by the merged report's words
        assertThat(store.incidents().search(IncidentQuery.all().withText("السوق الشعبي")).items()).extracting(Incident::id).containsExactly(id[0]);
    }

    /** A ground battle and a strike at one place and time are two events: the stored kind keeps them from pairing (decision 0218). */
    @Test
    void aGroundBattleWhereAndWhenAStrikeHitIsNeverProposed() {
        create(exact(35.8100, 36.6100, 12, 0, CivilianObject.MARKET), "video:1", "Airstrike on the market of Ariha, 40 killed", "en");
        create(exact(35.8101, 36.6101, 12, 5, CivilianObject.MARKET).withKind(org.groundtruth.incident.EventKind.GROUND_FIGHTING),
                "acled:1", "Airstrike on the market of Ariha, 40 killed", "en");
        MergeRun run = MergeWorkflow.run(merges, P, 0.95, "system:merge");
        assertThat(run.candidates()).isZero();
        assertThat(run.proposed()).isZero();
        // a third report whose kind nobody coded may be either event, and is proposed with both
        create(exact(35.8102, 36.6100, 12, 10, CivilianObject.MARKET).withKind(org.groundtruth.incident.EventKind.UNKNOWN),
                "post:1", "Ariha market hit", "en");
        assertThat(MergeWorkflow.run(merges, P, 0.95, "system:merge").candidates()).isEqualTo(2);
    }

    @Test
    void theQueueListsPendingByConfidenceAndAcceptingOneSupersedesItsTwin() {
        long[] id = ariha();
        MergeWorkflow.run(merges, P, 0.95, "system:merge");
        List<MergeProposal> queue = merges.list(MergeStatus.PENDING, 10, 0);
        assertThat(queue).hasSize(2).isSortedAccordingTo(Comparator.comparingDouble(MergeProposal::confidence).reversed());
        assertThat(queue).allSatisfy(p -> assertThat(p.secondId()).isEqualTo(id[2]));
        MergeProposal accepted = merges.apply(queue.getFirst().id(), "reviewer");
        assertThat(accepted.status()).isEqualTo(MergeStatus.APPLIED);
        assertThat(accepted.survivorId()).isEqualTo(id[0]);
        assertThat(accepted.mergedId()).isEqualTo(id[2]);
        assertThat(merges.find(queue.get(1).id()).orElseThrow().status()).isEqualTo(MergeStatus.SUPERSEDED);
        assertThat(merges.count(MergeStatus.PENDING)).isZero();
        assertThat(store.incidents().find(id[0]).orElseThrow().reports()).hasSize(3);

        // undoing it reopens the twin
        merges.undo(accepted.id(), "reviewer");
        assertThat(merges.find(queue.get(1).id()).orElseThrow().status()).isEqualTo(MergeStatus.PENDING);
        assertThat(merges.history(queue.get(1).id())).extracting(MergeEvent::action).containsExactly("proposed", "superseded", "reopened");
    }

    @Test
    void undoRestoresExactly() {
        long[] id = ariha();
        Incident a = store.incidents().find(id[0]).orElseThrow(), b = store.incidents().find(id[1]).orElseThrow();
        var before = store.incidents().search(IncidentQuery.all());
        var textBefore = store.incidents().search(IncidentQuery.all().withText("مقتل"));
        MergeWorkflow.run(merges, P, 0.95, "system:merge");
        MergeProposal applied = merges.list(MergeStatus.APPLIED, 10, 0).getFirst();
        MergeProposal undone = merges.undo(applied.id(), "reviewer");
        assertThat(undone.status()).isEqualTo(MergeStatus.PENDING);
        assertThat(undone.survivorId()).isNull();
        assertThat(store.incidents().find(id[0]).orElseThrow()).isEqualTo(a);
        assertThat(store.incidents().find(id[1]).orElseThrow()).isEqualTo(b);
        assertThat(store.incidents().search(IncidentQuery.all())).isEqualTo(before);
        assertThat(store.incidents().search(IncidentQuery.all().withText("مقتل"))).isEqualTo(textBefore);
        assertThat(merges.mergedInto(id[1])).isEmpty();
        assertThat(merges.history(applied.id())).extracting(MergeEvent::action).containsExactly("proposed", "applied automatically", "undone");
        // and it can be applied again by hand
        assertThat(merges.apply(applied.id(), "reviewer").status()).isEqualTo(MergeStatus.APPLIED);
    }

    @Test
    void reRunningNeverMergesWhatAReviewerSplit() {
        long[] id = ariha();
        MergeWorkflow.run(merges, P, 0.95, "system:merge");
        MergeProposal applied = merges.list(MergeStatus.APPLIED, 10, 0).getFirst();
        MergeProposal split = merges.reject(applied.id(), "reviewer", "two different strikes ten minutes apart");
        assertThat(split.status()).isEqualTo(MergeStatus.REJECTED);
        // every step is in the audit log, with who and why, and the chain holds
        assertThat(store.port(AuditLog.PORT).about("incident:" + id[1])).extracting(e -> e.action() + " by " + e.actor())
                .containsSubsequence("merge.apply by system:merge", "merge.split by reviewer");
        assertThat(store.port(AuditLog.PORT).about("incident:" + id[1]).getLast().reason()).isEqualTo("two different strikes ten minutes apart");
        assertThat(store.port(AuditLog.PORT).about("incident:" + id[1]).getLast().after())
                .isEqualTo("{\"proposal\":" + applied.id() + ",\"survivor\":" + id[0] + ",\"merged\":" + id[1] + "}");
        assertThat(store.port(AuditLog.PORT).verify()).isEmpty();
        assertThat(split.note()).isEqualTo("two different strikes ten minutes apart");
        assertThat(store.incidents().find(id[0]).orElseThrow().reports()).hasSize(1);
        assertThat(store.incidents().find(id[1]).orElseThrow().reports()).hasSize(1);
        assertThat(merges.history(applied.id())).extracting(MergeEvent::action).endsWith("split");

        MergeRun again = MergeWorkflow.run(merges, P, 0.0, "system:merge"); // even at threshold 0, apply everything it may
        assertThat(again.proposed()).isZero();
        assertThat(again.known()).isEqualTo(3);
        assertThat(merges.find(applied.id()).orElseThrow().status()).isEqualTo(MergeStatus.REJECTED);
        assertThat(merges.mergedInto(id[1])).isEmpty();

        // nor through a third incident: joining the town-level post to both would join the split pair
        List<MergeProposal> queue = merges.list(MergeStatus.PENDING, 10, 0);
        assertThat(queue).hasSize(2);
        merges.apply(queue.get(0).id(), "reviewer");
        assertThatThrownBy(() -> merges.apply(queue.get(1).id(), "reviewer")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("which a reviewer split (proposal " + applied.id() + ")");
        assertThat(merges.find(queue.get(1).id()).orElseThrow().status()).isEqualTo(MergeStatus.PENDING);
    }

    @Test
    void aThirdRunBlocksSureMergesThatWouldJoinASplitPair() {
        long a = create(exact(35.8100, 36.6100, 12, 0, CivilianObject.MARKET), "v:1", null, null).id();
        long b = create(exact(35.8101, 36.6100, 12, 1, CivilianObject.MARKET), "v:2", null, null).id();
        MergeWorkflow.run(merges, P, 0.5, "system:merge");
        MergeProposal ab = merges.list(MergeStatus.APPLIED, 10, 0).getFirst();
        merges.reject(ab.id(), "reviewer", null);
        long c = create(exact(35.8100, 36.6101, 12, 0, CivilianObject.MARKET), "v:3", null, null).id();
        MergeRun run = MergeWorkflow.run(merges, P, 0.5, "system:merge");
        assertThat(run.proposed()).isEqualTo(2);
        assertThat(run.applied()).isEqualTo(1);
        assertThat(run.blocked()).isEqualTo(1);
        MergeProposal blocked = merges.list(MergeStatus.PENDING, 10, 0).getFirst();
        assertThat(blocked.note()).startsWith("not applied automatically: merging incident").contains("which a reviewer split");
        assertThat(store.incidents().find(a).orElseThrow().reports().size() + store.incidents().find(b).orElseThrow().reports().size()).isEqualTo(3);
        assertThat(merges.mergedInto(c)).isPresent();
    }

    @Test
    void incidentsAtDifferentReviewStatusesWaitForAPerson() {
        long[] id = ariha();
        store.port(IncidentReviews.PORT).move(id[1], org.groundtruth.incident.IncidentStatus.IN_REVIEW, null,
                org.groundtruth.audit.ChangeNote.system("test").because("a reviewer is reading it"));
        MergeRun run = MergeWorkflow.run(merges, P, 0.95, "system:merge");
        assertThat(run.applied()).isZero(); // the sure pair is not merged: one is in review, the other a draft
        MergeProposal sure = merges.list(MergeStatus.PENDING, 10, 0).getFirst();
        assertThat(sure.confidence()).isGreaterThanOrEqualTo(0.95);
        assertThat(sure.note()).contains("same review status");
        assertThatThrownBy(() -> merges.apply(sure.id(), "reviewer"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("bring both to the same review status");
        assertThat(store.incidents().find(id[1]).orElseThrow().reports()).hasSize(1);
        assertThat(merges.mergedInto(id[1])).isEmpty();
    }

    @Test
    void clearErrors() {
        long[] id = ariha();
        MergeWorkflow.run(merges, P, 0.95, "system:merge");
        assertThatThrownBy(() -> merges.apply(999, "r")).isInstanceOf(NoSuchElementException.class).hasMessage("no merge proposal 999");
        assertThatThrownBy(() -> merges.undo(999, "r")).isInstanceOf(NoSuchElementException.class).hasMessage("no merge proposal 999");
        MergeProposal pending = merges.list(MergeStatus.PENDING, 10, 0).getFirst();
        assertThatThrownBy(() -> merges.undo(pending.id(), "r")).isInstanceOf(IllegalStateException.class)
                .hasMessage("merge proposal " + pending.id() + " is pending, not applied: nothing to undo");
        MergeProposal applied = merges.list(MergeStatus.APPLIED, 10, 0).getFirst();
        assertThatThrownBy(() -> merges.apply(applied.id(), "r")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is already applied (incident " + id[1] + " is merged into " + id[0] + ")");
        merges.reject(pending.id(), "r", "no");
        assertThatThrownBy(() -> merges.apply(pending.id(), "r")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("was rejected by r");
        assertThatThrownBy(() -> merges.reject(pending.id(), "r", null)).hasMessageContaining("already rejected");
        assertThatThrownBy(() -> merges.mergedInto(12345)).isInstanceOf(NoSuchElementException.class).hasMessage("no incident 12345");
        assertThatThrownBy(() -> merges.list(MergeStatus.PENDING, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mergesIntoOneSurvivorAreUndoneIndependently() {
        long a = create(exact(35.8100, 36.6100, 12, 0, CivilianObject.MARKET), "v:1", null, null).id();
        long b = create(exact(35.8101, 36.6100, 12, 1, CivilianObject.MARKET), "v:2", null, null).id();
        MergeWorkflow.run(merges, P, 0.5, "system:merge");
        MergeProposal ab = merges.list(MergeStatus.APPLIED, 10, 0).getFirst();
        merges.undo(ab.id(), "r");
        merges.apply(ab.id(), "r");
        long c = create(exact(35.8100, 36.6101, 12, 0, CivilianObject.MARKET), "v:3", null, null).id();
        MergeWorkflow.run(merges, P, 2, "system:merge"); // queue only
        MergeProposal ac = merges.list(MergeStatus.PENDING, 10, 0).getFirst();
        assertThat(ac.secondId()).isEqualTo(c);
        merges.apply(ac.id(), "r");
        assertThat(store.incidents().find(a).orElseThrow().reports()).hasSize(3);
        // a is the survivor of both; undoing the first leaves c's report with a
        merges.undo(ab.id(), "r");
        assertThat(store.incidents().find(a).orElseThrow().reports()).extracting(Report::originKey).containsExactly("v:1", "v:3");
        merges.apply(ab.id(), "r");
        assertThat(merges.mergedInto(b)).isEqualTo(OptionalLong.of(a));
        assertThat(reportCount()).isEqualTo(3);
        assertThat(store.incidents().find(a).orElseThrow().reports()).hasSize(3);
    }
    @Test
    void concurrentReviewersNeverLoseOrDoubleAReport() throws Exception {
        long[] ids = new long[6];
        for (int k = 0; k < ids.length; k++) {
            ids[k] = create(exact(35.8100 + k * 0.00001, 36.6100, 12, k, CivilianObject.MARKET), "v:" + k, null, null).id();
        }
        MergeWorkflow.run(merges, P, 2, "system:merge"); // 15 pending proposals, all pairs
        List<MergeProposal> all = merges.list(MergeStatus.PENDING, 100, 0);
        assertThat(all).hasSize(15);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (MergeProposal p : all) {
                futures.add(pool.submit(() -> {
                    try {
                        merges.apply(p.id(), "r" + p.id());
                    } catch (IllegalStateException expected) {
                        // superseded or already together: another reviewer was first
                    }
                }));
            }
            for (var f : futures) f.get();
        } finally {
            pool.shutdown();
        }
        // one incident holds all six reports; every other one points to it; every proposal is applied or superseded
        assertThat(store.incidents().search(IncidentQuery.all()).items()).singleElement()
                .satisfies(i -> assertThat(i.reports()).hasSize(6).extracting(Report::originKey).doesNotHaveDuplicates());
        assertThat(merges.count(MergeStatus.APPLIED)).isEqualTo(5);
        assertThat(merges.count(MergeStatus.SUPERSEDED)).isEqualTo(10);
        assertThat(merges.count(MergeStatus.PENDING)).isZero();
    }
}
