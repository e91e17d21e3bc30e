package org.wholeplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The repository carries the data it uses, each file kept as it was taken and listed in {@code data/README.md} with its
 * origin and SHA-256; and nothing in it reads the folder where new files used to arrive from outside.
 */
class ShippedDataTest {

    static final Path REPOSITORY = TestDatabase.repository();
    static final Path DATA = TestDatabase.data();
    /** A README row: | `path` | ... | `sha256` | */
    static final Pattern ROW = Pattern.compile("^\\| `([^`]+)`.*\\| `([0-9a-f]{64})` \\|$", Pattern.MULTILINE);

    @Test
    void everyShippedFileIsListedWithItsChecksumAndMatchesIt() throws Exception {
        Map<String, String> listed = new TreeMap<>();
        Matcher row = ROW.matcher(Files.readString(DATA.resolve("README.md")));
        while (row.find()) {
            listed.put(row.group(1), row.group(2));
        }
        Map<String, String> shipped = new TreeMap<>();
        try (Stream<Path> files = Files.walk(DATA)) {
            for (Path file : files.filter(Files::isRegularFile).filter(ShippedDataTest::isData).toList()) {
                shipped.put(DATA.relativize(file).toString().replace('\\', '/'), sha256(file));
            }
        }

        assertThat(shipped).hasSize(26);
        assertThat(listed).isEqualTo(shipped);
        // the two files that arrived for the stand-alone issue, as they were taken
        assertThat(shipped).containsEntry("revenue-account/RA_2021-22.csv",
                        "3ba9f263013737df8d73ede97bf7381ba7f0638a70c35fbaba279942e415607f")
                .containsEntry("boundaries/gm_local_authority_2023_super_generalised.geojson",
                        "30724c81c1f5e3647b1de6920019b2542e260a0a8b2b885997e2e12b4d002879");
    }

    /** The folder beside a clone where new published files arrive: a path to it from the clone, and its data. */
    static final Path ARRIVALS = REPOSITORY.resolveSibling("shared");
    static final String TO_ARRIVALS = REPOSITORY.relativize(ARRIVALS).toString().replace('\\', '/');
    static final String ARRIVED_DATA = ARRIVALS.getFileName() + "/data";

    @Test
    void nothingInTheRepositoryReadsAFolderBesideIt() throws IOException {
        List<Path> code = Stream.of("backend/src", "bench", ".ci", "bin", "backend/Dockerfile", "compose.yaml",
                        "pom.xml", "backend/pom.xml")
                .map(REPOSITORY::resolve)
                .flatMap(ShippedDataTest::filesUnder)
                .toList();

        assertThat(code).hasSizeGreaterThan(100);
        assertThat(code).allSatisfy(file -> assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                .as(REPOSITORY.relativize(file).toString())
                .doesNotContain(TO_ARRIVALS).doesNotContain(ARRIVED_DATA));
    }

    /** A shipped file, not the folder's documentation of the files (README.md, FORMATS.md). */
    private static boolean isData(Path file) {
        return !file.getFileName().toString().endsWith(".md");
    }

    private static Stream<Path> filesUnder(Path path) {
        try {
            return Files.isDirectory(path)
                    ? Files.walk(path).filter(Files::isRegularFile).filter(ShippedDataTest::isText).toList().stream()
                    : Stream.of(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the repository holds: not what builds and benchmarks leave behind (ignored by git), nor binaries. */
    private static boolean isText(Path file) {
        String path = file.toString().replace('\\', '/');
        String name = file.getFileName().toString();
        return !path.contains("/target/") && !path.contains("/bench/results/")
                && !(name.endsWith(".xlsx") || name.endsWith(".png") || name.endsWith(".jar"));
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
