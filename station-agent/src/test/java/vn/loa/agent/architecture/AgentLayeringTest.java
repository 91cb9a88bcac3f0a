package vn.loa.agent.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The agent stands alone on the office PC: it speaks to the scheduler only through the protocol
 * (the OpenAPI contract, openapi/loa-api.yaml), never through its classes, and its rooms do not import each other in a circle.
 */
class AgentLayeringTest {

    private static JavaClasses agent;

    @BeforeAll
    static void importClasses() {
        agent = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.loa.agent");
    }

    @Test
    void theAgentImportsNothingOfTheScheduler() {
        noClasses().that().resideInAPackage("vn.loa.agent..")
                .should().dependOnClassesThat().resideInAPackage("vn.loa.scheduler..")
                .check(agent);
    }

    @Test
    void noRoomsImportEachOtherInACircle() {
        slices().matching("vn.loa.agent.(*)..").should().beFreeOfCycles().check(agent);
    }
}
