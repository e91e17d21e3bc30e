package org.wholeplace;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Finds {@code wholeplace.home}: the folder that holds the shipped data ({@code data/}) and the catalogues kept beside
 * it ({@code classification/}, {@code outcomes/}, {@code transparency/}, {@code dashboard-config/}), which every default
 * path in {@code application.yaml} starts from. It is the first folder with a {@code data/README.md}, looking upwards
 * from where the code was loaded (the built jar in {@code backend/target}, or {@code backend/target/classes}), then
 * upwards from the working directory; so a clone serves its own data whichever folder the backend starts in. Setting
 * {@code wholeplace.home} (or any single path) outranks this.
 */
public class WholePlaceHome implements EnvironmentPostProcessor {

    public static final String PROPERTY = "wholeplace.home";
    static final Path MARKER = Path.of("data", "README.md");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (StringUtils.hasText(environment.getProperty(PROPERTY))) {
            return;
        }
        File source = new ApplicationHome(WholePlaceApplication.class).getSource();
        Path codeLocation = source == null ? null : source.toPath();
        Path workingDirectory = Path.of(System.getProperty("user.dir"));
        Path home = locate(codeLocation, workingDirectory).orElse(workingDirectory);
        environment.getPropertySources().addLast(new MapPropertySource("wholePlaceHome",
                Map.of(PROPERTY, home.toString())));
    }

    /** The first folder holding {@code data/README.md}, upwards from the code's location, then from the working directory. */
    public static Optional<Path> locate(Path codeLocation, Path workingDirectory) {
        return Stream.of(codeLocation, workingDirectory)
                .filter(start -> start != null)
                .flatMap(start -> upwardsFrom(start.toAbsolutePath().normalize()).stream())
                .filter(folder -> Files.isRegularFile(folder.resolve(MARKER)))
                .findFirst();
    }

    private static List<Path> upwardsFrom(Path start) {
        return Stream.iterate(start, folder -> folder != null, Path::getParent).toList();
    }
}
