package org.groundtruth.app.assessment;

import org.groundtruth.store.Store;
import org.groundtruth.app.StoreOptions;
import org.groundtruth.app.UserException;
import org.groundtruth.assessment.Assessment;
import org.groundtruth.assessment.Assessor;
import org.groundtruth.incident.Incident;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

@Command(name = "attribute", mixinStandardHelpOptions = true,
        description = "Who most likely carried out a strike: probabilities per party with the evidence for and against each. "
                + "--all assesses every incident and stores the attributed parties (and grades) for the map's filters.")
public final class AttributeCommand implements Callable<Integer> {
    @Parameters(paramLabel = "INCIDENT_ID", arity = "0..1", description = "The incident to attribute.")
    String incidentId;

    @Option(names = "--all", description = "Attribute every incident and store the results.")
    boolean all;

    @Mixin
    StoreOptions storeOptions;

    @Override
    public Integer call() {
        if (all == (incidentId != null)) throw new UserException("give either INCIDENT_ID or --all");
        try (Store store = storeOptions.open()) {
            Assessor assessor = Assessors.withSightings(store, storeOptions.dataDir());
            if (!all) {
                Incident i = Assessors.incident(store, incidentId);
                Assessors.printAttribution(System.out, i, assessor.refresh(i));
                return 0;
            }
            Map<String, Integer> perVerdict = new TreeMap<>();
            long n = assessor.assessAll((Assessment a) -> perVerdict.merge(a.attribution().verdictLabel(), 1, Integer::sum));
            System.out.println(n + " incident(s) attributed and stored:");
            perVerdict.forEach((v, count) -> System.out.println("  " + count + "\t" + v));
            return 0;
        }
    }
}
