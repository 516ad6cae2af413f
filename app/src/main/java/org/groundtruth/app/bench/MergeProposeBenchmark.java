package org.groundtruth.app.bench;

import org.groundtruth.incident.Casualties;
import org.groundtruth.incident.EventKind;
import org.groundtruth.incident.IncidentFacts;
import org.groundtruth.incident.Source;
import org.groundtruth.ingest.ImportMeta;
import org.groundtruth.ingest.ImportWriter;
import org.groundtruth.ingest.ImportedRecord;
import org.groundtruth.merging.MergeGroupRun;
import org.groundtruth.merging.MergeLedger;
import org.groundtruth.merging.MergeParameters;
import org.groundtruth.merging.MergeRun;
import org.groundtruth.merging.MergeWorkflow;
import org.groundtruth.place.Coordinates;
import org.groundtruth.place.Location;
import org.groundtruth.place.LocationPrecision;
import org.groundtruth.place.PlacedBy;
import org.groundtruth.storage.store.JdbcStore;
import org.groundtruth.store.Store;
import org.groundtruth.time.IncidentDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * `merge propose` end to end on a SQLite store (read the incidents and their reports' texts, run the engine, store the
 * proposals, apply the sure ones), as issue 10 measured it on 50,000 reports of about 3,700 incidents (240-410 s and
 * 1.1-1.3 GB of heap with the pair workflow, which applied almost nothing); groups (the sure ones applied) against the
 * pair workflow storing every pair and applying none, on the same data in the same run, each on its own fresh store
 * (decision 0549; docs/performance.md).
 */
@Command(name = "merge-propose", mixinStandardHelpOptions = true,
        description = "Time `merge propose` (groups) against the pair workflow on N synthetic reports of M strikes in SQLite stores.")
public final class MergeProposeBenchmark implements Callable<Integer> {
    @Option(names = "--reports", defaultValue = "50000", description = "Reports, each imported as its own incident (default: ${DEFAULT-VALUE}).")
    int reports;

    @Option(names = "--strikes", defaultValue = "3700", description = "Strikes they tell of (default: ${DEFAULT-VALUE}).")
    int strikes;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the synthetic data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--no-pairs", description = "Skip the pair workflow (the peer).")
    boolean noPairs;

    @Option(names = "--unplaced", defaultValue = "0", description = "Share of the reports imported without coordinates, known by"
            + " their town's name and killed figure only (decision 0562; default: ${DEFAULT-VALUE}).")
    double unplaced;

    @Override
    public Integer call() throws Exception {
        List<SyntheticStrikes.SyntheticReport> data = SyntheticStrikes.reportsOfStrikes(reports, strikes, seed);
        System.out.println("machine: " + Machine.describe() + "; max heap " + (Runtime.getRuntime().maxMemory() >> 20) + " MB");
        System.out.printf(Locale.ROOT, "data: %d reports of %d strikes around Syrian towns 2012-2022 (a fifth in Arabic, one in twenty"
                + " citing a town's daily roundup), each imported as its own incident%n", data.size(), data.get(data.size() - 1).strike() + 1);
        if (!(unplaced >= 0 && unplaced <= 1)) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                "--unplaced must be a share between 0 and 1");
        System.out.printf(Locale.ROOT, "unplaced: every report whose id is divisible by %d (%.0f%%)%n", every(), unplaced * 100);
        double[] groups = run(data, true);
        if (noPairs) return 0;
        double[] pairs = run(data, false);
        System.out.printf(Locale.ROOT, "merge propose: groups %.1f s (peak heap %.0f MB), pairs %.1f s (peak heap %.0f MB), ratio %.1f%n",
                groups[0], groups[1], pairs[0], pairs[1], pairs[0] / groups[0]);
        return 0;
    }

    /** Imports the data into a fresh store (untimed), then times one `merge propose`: seconds and peak heap in MB. */
    private double[] run(List<SyntheticStrikes.SyntheticReport> data, boolean asGroups) throws Exception {
        Path dir = Files.createTempDirectory("groundtruth-bench-merge");
        try (Store store = JdbcStore.sqlite(dir)) {
            long i0 = System.nanoTime();
            load(store, data);
            System.out.printf(Locale.ROOT, "%s: imported in %.1f s (not counted)%n", asGroups ? "groups" : "pairs", (System.nanoTime() - i0) / 1e9);
            System.gc();
            List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            MergeLedger ledger = store.port(MergeLedger.PORT);
            String summary;
            if (asGroups) {
                // the steps of MergeWorkflow.propose, timed one by one
                var footprints = ledger.footprints();
                long t1 = System.nanoTime();
                var candidatePairs = org.groundtruth.merging.MergeEngine.pairs(footprints, MergeParameters.DEFAULT);
                var proposed = org.groundtruth.merging.MergeGroups.propose(footprints, candidatePairs, org.groundtruth.merging.MergeGroups.DEFAULT_LINK_AT);
                long t2 = System.nanoTime();
                MergeGroupRun r = ledger.recordGroups(candidatePairs.size(), proposed, 0.95, "system:merge");
                long t3 = System.nanoTime();
                summary = String.format(Locale.ROOT, "%d candidate pairs, %d groups of %d incidents: %d applied, %d queued"
                                + " (read %.1f s, engine %.1f s, store and apply %.1f s)", r.candidatePairs(), r.groups(), r.incidents(),
                        r.appliedGroups(), r.queuedGroups(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9);
            } else {
                // as issue 10 met it: every pair stored, almost nothing applied (applying pair by pair is slower still)
                MergeRun r = MergeWorkflow.run(ledger, MergeParameters.DEFAULT, 2, "system:merge");
                summary = String.format(Locale.ROOT, "%d candidate pairs: %d applied, %d queued", r.candidates(), r.applied(), r.queued());
            }
            double seconds = (System.nanoTime() - t0) / 1e9, cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            System.out.printf(Locale.ROOT, "%s: merge propose %.1f s (%.1f s of CPU), peak heap %d MB; %s; load %s%n", asGroups ? "groups" : "pairs",
                    seconds, cpu, peak >> 20, summary, Machine.loadAverage());
            return new double[]{seconds, peak / 1048576.0};
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** Every n-th report is unplaced; 0 when none is. */
    private int every() {
        return unplaced <= 0 ? 0 : (int) Math.max(1, Math.round(1 / unplaced));
    }

    private void load(Store store, List<SyntheticStrikes.SyntheticReport> data) {
        try (ImportWriter w = store.incidents().beginImport(new ImportMeta("synthetic-merge.csv", "synthetic", null, "system:bench"))) {
            for (SyntheticStrikes.SyntheticReport r : data) {
                Instant at = Instant.ofEpochSecond(r.second());
                LocalDate day = at.atOffset(ZoneOffset.UTC).toLocalDate();
                IncidentDate date = r.exact() ? IncidentDate.at(day, at.atOffset(ZoneOffset.UTC).toLocalTime(), ZoneOffset.UTC) : IncidentDate.onDay(day);
                boolean named = every() > 0 && r.id() % every() == 0;
                Location where = named ? Location.unplaced(r.town(), null, null, "SY")
                        : new Location(new Coordinates(r.lat(), r.lon()), r.exact() ? LocationPrecision.EXACT : LocationPrecision.TOWN,
                        null, r.town(), null, null, "SY", PlacedBy.SOURCE);
                Casualties casualties = named ? new Casualties(org.groundtruth.incident.CountRange.exactly(r.killed()), null, null, null, null)
                        : Casualties.UNKNOWN;
                IncidentFacts facts = new IncidentFacts(null, null, date, where, casualties, r.hit(), List.of(), List.of(), EventKind.AIR_STRIKE);
                w.upsert(ImportedRecord.of("synthetic:" + r.id(), facts, new Source("Synthetic monitor", "synthetic", r.url()), r.text(),
                        r.language(), Map.of("id", String.valueOf(r.id()))));
            }
            w.commit();
        }
    }
}
