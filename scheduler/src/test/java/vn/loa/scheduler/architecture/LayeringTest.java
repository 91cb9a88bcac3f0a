package vn.loa.scheduler.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scheduler's rooms and which may import which (docs/architecture.md), checked on the compiled
 * classes: the records and the planning engine at the bottom, the store over them, the use cases over
 * the store, and the routes, the demo and the command line on top. No arrow runs back up.
 */
class LayeringTest {

    private static final String ROOT = "vn.loa.scheduler";
    /** The use cases: each checks, scopes, writes and audits; routes, the demo and the CLI call them. */
    private static final String[] SERVICES = {ROOT + ".access..", ROOT + ".agents..", ROOT + ".asrun..",
        ROOT + ".campaigns..", ROOT + ".imports..", ROOT + ".jobs..", ROOT + ".notices..", ROOT + ".programs..",
        ROOT + ".handplans..", ROOT + ".portal..", ROOT + ".publishing..", ROOT + ".registry..", ROOT + ".reports.."};
    /** What calls the use cases: the HTTP routes, the demo, the commands, and the classes that start them. */
    private static final String[] CALLERS = {ROOT + ".http..", ROOT + ".demo..", ROOT + ".cli.."};

    private static JavaClasses scheduler;

    @BeforeAll
    static void importClasses() {
        scheduler = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void planningIsPureAndDoesNoInputOrOutput() {
        classes().that().resideInAPackage(ROOT + ".planning..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".planning..", ROOT + ".domain..",
                        "java.lang..", "java.util..", "java.time..", "java.math..")
                .check(scheduler);
    }

    @Test
    void recordsDependOnNothingOfTheSchedulerAboveThem() {
        classes().that().resideInAPackage(ROOT + ".domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".domain..", "java..", "io.vertx.core.json..",
                        "vn.loa.proof..")
                .check(scheduler);
    }

    @Test
    void theStoreKnowsRecordsNotUseCases() {
        classes().that().resideInAPackage(ROOT + ".store..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".store..", ROOT + ".domain..",
                        ROOT + ".planning..", "java..", "javax.sql..", "org.sqlite..", "org.flywaydb..", "com.zaxxer.hikari..", "org.slf4j..",
                        "io.vertx.core..", "vn.loa.proof..")
                .check(scheduler);
    }

    @Test
    void useCasesDoNotReachUpToTheirCallers() {
        noClasses().that().resideInAnyPackage(SERVICES)
                .should().dependOnClassesThat().resideInAnyPackage(CALLERS)
                .orShould().dependOnClassesThat().resideInAPackage(ROOT)
                .check(scheduler);
    }

    @Test
    void theDemoAndTheCommandsUseTheServicesNotTheRoutes() {
        noClasses().that().resideInAnyPackage(ROOT + ".demo..", ROOT + ".cli..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".http..")
                .check(scheduler);
    }

    @Test
    void noRoomsImportEachOtherInACircle() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(scheduler);
    }
}
