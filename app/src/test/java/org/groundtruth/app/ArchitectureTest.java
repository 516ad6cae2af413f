package org.groundtruth.app;

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
                .because("the web layer is thin: it talks to the IncidentStore port, never to an adapter");
        rule.check(classesOfModuleHolding(org.groundtruth.web.GroundtruthServer.class));
    }
}
