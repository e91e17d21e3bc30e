package org.wholeplace.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The rules the layout keeps (see ARCHITECTURE.md). {@link ArchitectureTest} holds the backend to them;
 * {@link ArchitectureRulesTest} shows that each one fails on a deliberate violation.
 */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Each package, the generated jOOQ code aside, depends on others in one direction only. */
    static final ArchRule NO_PACKAGE_CYCLES = slices().matching("org.wholeplace.(**)")
            .should().beFreeOfCycles()
            .ignoreDependency(describe("generated jOOQ code", c -> c.getPackageName().contains(".db.generated")),
                    describe("anything", c -> true));

    /** What reads never depends on how files are written: only the import machinery and the formats do. */
    static final ArchRule READ_SIDE_NEVER_DEPENDS_ON_INGEST = noClasses()
            .that().resideOutsideOfPackages("..ingest..")
            .and().doNotHaveFullyQualifiedName("org.wholeplace.WholePlaceApplication")
            .should().dependOnClassesThat().resideInAPackage("..ingest..")
            .because("a reader must not depend on how files are imported; the application's entry point alone "
                    + "starts the import command");

    /** The generic machinery knows no format: each lives in its feature's ingest package. */
    static final ArchRule IMPORT_MACHINERY_KNOWS_NO_FORMAT = importMachineryKnowsNoFormat("org.wholeplace.ingest");

    static ArchRule importMachineryKnowsNoFormat(String machinery) {
        return noClasses().that().resideInAPackage(machinery)
                .should().dependOnClassesThat().resideInAPackage("org.wholeplace.*.ingest..")
                .because("adding a format is one class in its feature's ingest package, with no switch to edit");
    }

    private static boolean isController(JavaClass c) {
        return c.isAnnotatedWith(Controller.class) || c.isAnnotatedWith(RestController.class)
                || c.getSimpleName().endsWith("Controller");
    }

    /** Controllers map GraphQL or HTTP to a query or service: no SQL, no connections, no transactions. */
    static final ArchRule CONTROLLERS_HOLD_NO_SQL = noClasses()
            .that(describe("are controllers", ArchitectureRules::isController))
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "io.r2dbc..", "org.wholeplace.db..");

    /** ... and declare no types of their own: results are the feature's records, rules its services. */
    static final ArchRule CONTROLLERS_DECLARE_NO_TYPES = noClasses()
            .that(describe("are declared inside a controller",
                    c -> c.getEnclosingClass().map(ArchitectureRules::isController).orElse(false)))
            .should().bePublic().orShould().notBePublic()
            .because("a controller's response records and rules belong to the feature, beside its queries")
            // no class matching is what the rule wants
            .allowEmptyShould(true);

    /** Nothing waits for a result but the command line's entry point and the start-up load before serving. */
    static final ArchRule NOTHING_BLOCKS = noClasses()
            .that().doNotHaveFullyQualifiedName("org.wholeplace.ingest.ImportCommand")
            .and().doNotHaveFullyQualifiedName("org.wholeplace.ingest.StartupDataLoader")
            .should().callMethodWhere(describe("a blocking call on Mono or Flux", ArchitectureRules::blocks));

    private static boolean blocks(JavaMethodCall call) {
        String owner = call.getTarget().getOwner().getName();
        return (owner.equals(Mono.class.getName()) || owner.equals(Flux.class.getName()))
                && call.getTarget().getName().startsWith("block");
    }
}
