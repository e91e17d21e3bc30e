package org.wholeplace.dashboard;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import graphql.schema.GraphQLSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dashboards of a folder, checked, and kept current while the backend runs. Read at start, every problem in any
 * file stops the start, naming file, line and reason. Watched afterwards: a file changed is checked again and, if
 * sound, served within a second; a file that no longer reads keeps its last sound version, and its problems are
 * logged and listed ({@link #problems}) until it is mended. Thread-safe: the served state is swapped whole.
 */
public final class DashboardCatalogue implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DashboardCatalogue.class);
    /** Editors write a file in several steps: the folder is read again once it has been quiet this long. */
    private static final long QUIET_MILLIS = 200;

    /** What is served: the sound dashboards by file, and the problems of each file that is not. */
    private record State(Map<Path, Dashboard> dashboards, Map<Path, List<DashboardProblem>> problems) {
    }

    private final Path directory;
    private final GraphQLSchema schema;
    private final DataDependencies reads;
    private final Consumer<Dashboard> onChange;
    private volatile State state;
    private WatchService watcher;

    /**
     * @param onChange told of each dashboard a reload changed (its definition), after the reload is served
     * @throws DashboardFolderException naming every problem, when any file has one
     * @throws IllegalStateException when a field of the schema's Query does not say which imports it reads
     */
    public DashboardCatalogue(Path directory, GraphQLSchema schema, Consumer<Dashboard> onChange) {
        this.directory = directory.toAbsolutePath().normalize();
        this.schema = schema;
        this.reads = DataDependencies.of(schema);
        this.onChange = onChange;
        State first = read(new State(Map.of(), Map.of()));
        if (!first.problems().isEmpty()) {
            throw new DashboardFolderException(this.directory,
                    first.problems().values().stream().flatMap(List::stream).toList());
        }
        this.state = first;
        log.info("{} dashboards from {}", first.dashboards().size(), this.directory);
    }

    public List<Dashboard> dashboards() {
        return state.dashboards().values().stream().sorted(Comparator.comparing(Dashboard::title)).toList();
    }

    public Optional<Dashboard> dashboard(String id) {
        return state.dashboards().values().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The problems of every file that does not read now (its last sound version is served meanwhile). */
    public List<DashboardProblem> problems() {
        return state.problems().values().stream().flatMap(List::stream).toList();
    }

    /** Watches the folder on a thread of its own until closed. */
    public void watch() {
        try {
            watcher = directory.getFileSystem().newWatchService();
            directory.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot watch " + directory, e);
        }
        Thread.ofPlatform().daemon().name("dashboard-watcher").start(this::watchLoop);
    }

    private void watchLoop() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                // let an editor's burst of writes settle, and take it as one change
                WatchKey more;
                do {
                    key.pollEvents();
                    key.reset();
                    more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS);
                    key = more == null ? key : more;
                } while (more != null);
                reload();
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            log.debug("Stopped watching {}", directory);
        } catch (RuntimeException e) {
            log.error("Stopped watching {} after an error", directory, e);
        }
    }

    /** Reads the folder again: sound files replace what was served; a file with problems keeps its last version. */
    void reload() {
        State before = state;
        State after = read(before);
        state = after;
        after.problems().values().stream().flatMap(List::stream)
                .forEach(p -> log.warn("Dashboard file problem (its last sound version is served): {}", p));
        after.dashboards().forEach((file, dashboard) -> {
            if (!Objects.equals(before.dashboards().get(file), dashboard)) {
                log.info("Dashboard '{}' reloaded from {}", dashboard.id(), file.getFileName());
                onChange.accept(dashboard);
            }
        });
    }

    private State read(State previous) {
        Map<Path, Dashboard> dashboards = new LinkedHashMap<>();
        Map<Path, List<DashboardProblem>> problems = new LinkedHashMap<>();
        for (Path file : files()) {
            DashboardFile.Read read = DashboardFile.read(file, schema, reads);
            if (read.dashboard() != null) {
                dashboards.put(file, read.dashboard());
            } else {
                problems.put(file, read.problems());
                if (previous.dashboards().containsKey(file)) {
                    dashboards.put(file, previous.dashboards().get(file));
                }
            }
        }
        Map<String, Path> ids = new HashMap<>();
        for (var entry : new ArrayList<>(dashboards.entrySet())) {
            Path earlier = ids.putIfAbsent(entry.getValue().id(), entry.getKey());
            if (earlier != null) {
                problems.computeIfAbsent(entry.getKey(), f -> new ArrayList<>()).add(new DashboardProblem(
                        entry.getKey().getFileName().toString(), 1, "dashboard id '" + entry.getValue().id()
                        + "' is the id of " + earlier.getFileName() + " already"));
                dashboards.remove(entry.getKey());
            }
        }
        return new State(Map.copyOf(dashboards), Map.copyOf(problems));
    }

    private List<Path> files() {
        if (!Files.isDirectory(directory)) {
            throw new IllegalStateException("No dashboard folder at " + directory
                    + " (set wholeplace.dashboards.directory)");
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".yaml")
                    || f.getFileName().toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            try {
                watcher.close();
            } catch (IOException e) {
                log.debug("Closing the dashboard watcher", e);
            }
        }
    }
}
