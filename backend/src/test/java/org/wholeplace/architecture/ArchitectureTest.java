package org.wholeplace.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The backend's own classes (tests aside) keep the layout's rules. */
@AnalyzeClasses(packages = "org.wholeplace", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = ArchitectureRules.NO_PACKAGE_CYCLES;
    @ArchTest
    static final ArchRule readSideNeverDependsOnIngest = ArchitectureRules.READ_SIDE_NEVER_DEPENDS_ON_INGEST;
    @ArchTest
    static final ArchRule importMachineryKnowsNoFormat = ArchitectureRules.IMPORT_MACHINERY_KNOWS_NO_FORMAT;
    @ArchTest
    static final ArchRule controllersHoldNoSql = ArchitectureRules.CONTROLLERS_HOLD_NO_SQL;
    @ArchTest
    static final ArchRule controllersDeclareNoTypes = ArchitectureRules.CONTROLLERS_DECLARE_NO_TYPES;
    @ArchTest
    static final ArchRule nothingBlocks = ArchitectureRules.NOTHING_BLOCKS;
}
