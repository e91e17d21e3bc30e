package org.wholeplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's folder is found from where the code was loaded, whatever the working directory; the working
 * directory is looked at only when the code lies outside any clone.
 */
class WholePlaceHomeTest {

    static final Path REPOSITORY = TestDatabase.repository();
    static final Path CLASSES = REPOSITORY.resolve("backend/target/classes");
    static final Path JAR = REPOSITORY.resolve("backend/target/wholeplace-backend-0.1.0-SNAPSHOT.jar");

    @TempDir
    Path elsewhere;

    @Test
    void theClassesOfABuildFindTheirCloneFromTheRootFromBackendAndFromAnotherFolder() {
        assertThat(WholePlaceHome.locate(CLASSES, REPOSITORY)).contains(REPOSITORY);
        assertThat(WholePlaceHome.locate(CLASSES, REPOSITORY.resolve("backend"))).contains(REPOSITORY);
        assertThat(WholePlaceHome.locate(CLASSES, elsewhere)).contains(REPOSITORY);
    }

    @Test
    void theBuiltJarFindsItsCloneFromAnotherFolder() {
        assertThat(WholePlaceHome.locate(JAR, elsewhere)).contains(REPOSITORY);
    }

    @Test
    void codeOutsideAnyCloneLooksUpwardsFromTheWorkingDirectory() throws Exception {
        Path jarAlone = Files.createDirectories(elsewhere.resolve("opt")).resolve("app.jar");
        assertThat(WholePlaceHome.locate(jarAlone, REPOSITORY.resolve("backend/src"))).contains(REPOSITORY);
    }

    @Test
    void aCopyBesideAJarIsFoundTheWayAnImageLaysItOut() throws Exception {
        Path app = Files.createDirectories(elsewhere.resolve("app"));
        Files.createDirectories(app.resolve("data"));
        Files.writeString(app.resolve("data/README.md"), "the shipped data");

        assertThat(WholePlaceHome.locate(app.resolve("app.jar"), Path.of("/"))).contains(app);
    }

    @Test
    void nothingIsFoundWhereNoFolderHoldsTheData() {
        assertThat(WholePlaceHome.locate(elsewhere.resolve("app.jar"), elsewhere)).isEmpty();
    }
}
