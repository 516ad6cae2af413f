package org.groundtruth.app;

import org.groundtruth.store.Store;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.groundtruth.incident.IncidentStore;
import org.junit.jupiter.api.Test;


import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The direction of dependencies, checked on the compiled modules: the core (domain and engines) does no I/O
 * and knows no adapter; the web layer talks to storage only through the core's ports.
 */
class ArchitectureTest {

    private static JavaClasses classesOfModuleHolding(Class<?> type) {
        return new ClassFileImporter().importUrl(type.getProtectionDomain().getCodeSource().getLocation());
    }

    @Test
    void coreDoesNoIoAndKnowsNoAdapter() throws Exception {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "java.sql..", "java.io..", "java.nio.file..", "java.nio.channels..", "java.net..", "java.net.http..",
                        "org.groundtruth.storage..", "org.groundtruth.intake..", "org.groundtruth.web..", "org.groundtruth.app..",
                        "io.javalin..", "com.fasterxml..", "org.apache..", "picocli..")
                .because("the domain and the engines take plain values and do no I/O (ARCHITECTURE.md)");
        rule.check(classesOfModuleHolding(IncidentStore.class));
    }

    @Test
    void webReachesStorageOnlyThroughThePort() throws Exception {
        ArchRule rule = noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "org.groundtruth.storage..", "org.groundtruth.app..", "java.sql..")
                .because("the web layer is thin: it talks to the Store port, never to an adapter");
        rule.check(classesOfModuleHolding(org.groundtruth.web.GroundtruthServer.class));
    }

    /**
     * The incident ledger is one port among the features' ports, not their root (issue 9, item 12): neither the
     * incident domain nor its JDBC adapter knows another feature, so that a feature adds its port and adapter without
     * touching them. The store root ({@code Store}, {@code JdbcStore}) is what opens each feature's port.
     */
    @Test
    void theIncidentLedgerKnowsNoOtherFeature() throws Exception {
        String[] features = {"org.groundtruth.claim..", "org.groundtruth.merging..", "org.groundtruth.testimony..",
                "org.groundtruth.evidence..", "org.groundtruth.account..", "org.groundtruth.review..", "org.groundtruth.objective..",
                "org.groundtruth.assessment..", "org.groundtruth.attribution..", "org.groundtruth.grading..", "org.groundtruth.matching..",
                "org.groundtruth.warning..", "org.groundtruth.publication..", "org.groundtruth.extraction..", "org.groundtruth.textintake.."};
        noClasses().that().resideInAPackage("org.groundtruth.incident..").should().dependOnClassesThat().resideInAnyPackage(features)
                .because("the incident domain and its port know no other feature")
                .check(classesOfModuleHolding(IncidentStore.class));
        noClasses().that().resideInAnyPackage("org.groundtruth.storage.jdbc..", "org.groundtruth.storage.sqlite..", "org.groundtruth.storage.postgres..")
                .should().dependOnClassesThat().resideInAnyPackage(features)
                .orShould().dependOnClassesThat().resideInAnyPackage("org.groundtruth.storage.claim..", "org.groundtruth.storage.merging..",
                        "org.groundtruth.storage.testimony..", "org.groundtruth.storage.evidence..", "org.groundtruth.storage.assessment..",
                        "org.groundtruth.storage.intake..")
                .because("the incident ledger's JDBC adapter knows no other feature's adapter; JdbcAdapters wires them")
                .check(classesOfModuleHolding(org.groundtruth.storage.store.JdbcStore.class));
    }

    /**
     * JSON from outside is read strictly at one root per module (decision 0613): web's {@code Json.MAPPER} and intake's
     * {@code StrictJson}. A mapper made elsewhere would quietly accept duplicate keys and trailing garbage again.
     * (EvidenceBundle makes one only to write bundles.)
     */
    @Test
    void jsonFromOutsideIsReadOnlyThroughTheStrictMappers() throws Exception {
        com.tngtech.archunit.base.DescribedPredicate<com.tngtech.archunit.core.domain.JavaConstructorCall> makesAMapper =
                com.tngtech.archunit.base.DescribedPredicate.describe("makes a Jackson mapper or factory",
                        call -> call.getTargetOwner().isAssignableTo(com.fasterxml.jackson.databind.ObjectMapper.class)
                                || call.getTargetOwner().isAssignableTo(com.fasterxml.jackson.core.JsonFactory.class));
        noClasses().that().doNotHaveFullyQualifiedName("org.groundtruth.intake.read.StrictJson")
                .and().doNotHaveFullyQualifiedName("org.groundtruth.intake.evidence.EvidenceBundle")
                .should().callConstructorWhere(makesAMapper)
                .because("files are read through StrictJson (duplicate keys, trailing content, NUL and lone surrogates refused)")
                .check(classesOfModuleHolding(org.groundtruth.intake.read.StrictJson.class));
        noClasses().that().doNotHaveFullyQualifiedName("org.groundtruth.web.Json")
                .should().callConstructorWhere(makesAMapper)
                .because("request bodies are read through Json.readObject (strict)")
                .check(classesOfModuleHolding(org.groundtruth.web.GroundtruthServer.class));
    }
}
