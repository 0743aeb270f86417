package org.firmas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The capabilities meet only at their boundaries: no capability reaches into another's
 * {@code control} package or touches another's JPA entities (its tables), the packages stack
 * without a cycle, and the platform knows nothing of any capability.
 */
class CapabilityBoundariesTest {

    private static final List<String> CAPABILITIES = List.of("campaign", "signature", "delivery", "update", "milestone", "response", "webhook", "paper", "organizer", "api", "mydata");

    private static JavaClasses firmas;

    @BeforeAll
    static void importProductionClasses() {
        firmas = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.firmas");
    }

    @Test
    void noCapabilityReachesIntoAnothersControl() {
        for (String capability : CAPABILITIES) {
            noClasses().that().resideOutsideOfPackage("org.firmas." + capability + "..")
                    .should().dependOnClassesThat().resideInAPackage("org.firmas." + capability + ".control..")
                    .because("the " + capability + " capability is used through its boundary or its events")
                    .check(firmas);
        }
    }

    @Test
    void onlyTheOwningCapabilityUsesItsEntities() {
        for (String capability : CAPABILITIES) {
            classes().that().areAnnotatedWith(Entity.class).and().resideInAPackage("org.firmas." + capability + "..")
                    .should().onlyHaveDependentClassesThat().resideInAPackage("org.firmas." + capability + "..")
                    .because("an entity is a table, and each table has one owning capability")
                    .allowEmptyShould(true) // a capability without tables (api today) has nothing to check
                    .check(firmas);
        }
    }

    @Test
    void capabilitiesStackWithoutCycles() {
        slices().matching("org.firmas.(*)..").should().beFreeOfCycles().check(firmas);
    }

    @Test
    void thePlatformKnowsNoCapability() {
        noClasses().that().resideInAPackage("org.firmas.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(CAPABILITIES.stream()
                        .map(capability -> "org.firmas." + capability + "..").toArray(String[]::new))
                .check(firmas);
    }
}
