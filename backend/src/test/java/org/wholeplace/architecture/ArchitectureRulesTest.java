package org.wholeplace.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each rule fails on a deliberate violation of it: a small set of classes (the {@code violations} package, in the
 * tests only) breaks every rule once. A rule that could not fail would guard nothing.
 */
class ArchitectureRulesTest {

    static final JavaClasses VIOLATIONS = new ClassFileImporter()
            .importPackages("org.wholeplace.architecture.violations");

    static Stream<ArchRule> rules() {
        return Stream.of(ArchitectureRules.NO_PACKAGE_CYCLES, ArchitectureRules.READ_SIDE_NEVER_DEPENDS_ON_INGEST,
                ArchitectureRules.CONTROLLERS_HOLD_NO_SQL, ArchitectureRules.CONTROLLERS_DECLARE_NO_TYPES,
                ArchitectureRules.NOTHING_BLOCKS);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void eachRuleFailsOnItsViolation(ArchRule rule) {
        assertThatThrownBy(() -> rule.check(VIOLATIONS)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.wholeplace.architecture.violations");
    }

    @Test
    void theMachineryRuleFailsWhenTheGenericPackageKnowsAFormat() {
        assertThatThrownBy(() -> ArchitectureRules.importMachineryKnowsNoFormat(
                "org.wholeplace.architecture.violations.ingest").check(VIOLATIONS))
                .isInstanceOf(AssertionError.class).hasMessageContaining("GenericMachinery");
    }
}
