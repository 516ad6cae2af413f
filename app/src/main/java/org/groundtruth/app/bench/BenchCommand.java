package org.groundtruth.app.bench;

import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that run Groundtruth beside a peer tool on the same data in the same run.",
        subcommands = {ImportBenchmark.class, MatchBenchmark.class, MergeBenchmark.class, MergeProposeBenchmark.class, HashBenchmark.class, ServeBenchmark.class,
                ExportBenchmark.class, ReportBenchmark.class, IntakeBenchmark.class, org.groundtruth.app.warning.WarningBenchmark.class})
public final class BenchCommand {
}
