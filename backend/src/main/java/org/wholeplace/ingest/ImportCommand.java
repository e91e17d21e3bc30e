package org.wholeplace.ingest;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.wholeplace.provenance.ImportBatch;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;

/**
 * {@code java -jar wholeplace-backend.jar import <kind> <file> [options]}: loads one file with the same code as the
 * admin upload, showing progress, and prints a summary or the problems that refused it. Exit status: 0 loaded (or
 * already loaded), 1 refused, 2 wrong usage.
 */
public final class ImportCommand {

    static final String USAGE = """
            usage: import <kind> <file> [--source TEXT --publisher TEXT --licence TEXT [--url URL] [--synthetic]]
                          [--mapping FILE] [--by NAME] [--spring.setting=value ...]
              the database is chosen as for the server: --spring.r2dbc.url=r2dbc:postgresql://host/db (or
              SPRING_R2DBC_URL); any other --name=value is a Spring setting too, anywhere on the line
              kinds: %s; %s files need --source, --publisher and --licence
              (other kinds take them in place of their format's own); transparency files need --mapping,
              the publisher's column mapping (transparency/*.yaml)
            """.formatted(ImportKind.codes(), String.join(", ", Arrays.stream(ImportKind.values())
            .filter(ImportKind::needsProvenance).map(ImportKind::code).toList()));

    /** The command's own options, each followed by its value ({@code --source TEXT} or {@code --source=TEXT}). */
    private static final Set<String> OPTIONS = Set.of("source", "publisher", "licence", "url", "mapping", "by");

    private ImportCommand() {
    }

    /** @param args everything after the word "import" */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new HashMap<>();
        // Command-line arguments outrank application.yaml, which turns these on: the command loads only its file, and
        // needs no notifications of other processes' imports.
        List<String> springArgs = new ArrayList<>(List.of("--wholeplace.demo-data.load-on-empty=false",
                "--wholeplace.demo-data.load-catalogues=false", "--wholeplace.imports.listen=false"));
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int equals = arg.indexOf('=');
            String name = arg.startsWith("--") ? arg.substring(2, equals < 0 ? arg.length() : equals) : null;
            if (name == null) {
                positional.add(arg);
            } else if (name.equals("synthetic") && equals < 0) {
                options.put("synthetic", "true");
            } else if (OPTIONS.contains(name) && equals >= 0) {
                options.put(name, arg.substring(equals + 1));
            } else if (OPTIONS.contains(name) && i + 1 < args.length) {
                options.put(name, args[++i]);
            } else if (OPTIONS.contains(name)) {
                err.print("option " + arg + " needs a value\n" + USAGE);
                return 2;
            } else if (equals > 2) {
                // Any other --name=value is a Spring setting, exactly as the server takes it (--spring.r2dbc.url=...).
                springArgs.add(arg);
            } else {
                err.print("unknown option " + arg + " (Spring settings are written --name=value)\n" + USAGE);
                return 2;
            }
        }
        if (positional.size() != 2) {
            err.print(USAGE);
            return 2;
        }
        ImportKind kind = ImportKind.of(positional.get(0)).orElse(null);
        Path file = Path.of(positional.get(1));
        if (kind == null) {
            err.print("unknown kind '" + positional.get(0) + "'\n" + USAGE);
            return 2;
        }
        if (!Files.isReadable(file)) {
            err.println("cannot read " + file);
            return 2;
        }
        Provenance provenance = null;
        if (kind.needsProvenance() || options.containsKey("source")) {
            try {
                provenance = new Provenance(options.get("source"), options.get("publisher"), options.get("licence"),
                        options.get("url"), options.containsKey("synthetic"));
            } catch (IllegalArgumentException e) {
                err.print(e.getMessage() + "\n" + USAGE);
                return 2;
            }
        }
        String loadedBy = options.getOrDefault("by", System.getProperty("user.name") + " (command line)");

        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .properties("logging.level.root=WARN")
                .run(springArgs.toArray(String[]::new))) {
            long size = Files.size(file);
            long started = System.nanoTime();
            Path mapping = options.containsKey("mapping") ? Path.of(options.get("mapping")) : null;
            ImportOutcome outcome = context.getBean(ImportService.class)
                    .importFile(kind, file, provenance, mapping, loadedBy, progressBar(err, size))
                    .block();
            double seconds = (System.nanoTime() - started) / 1e9;
            err.println();
            ImportBatch batch = outcome.batch();
            if (outcome.alreadyLoaded()) {
                out.printf("%s is already loaded as batch %d (%s); nothing changed%n", file.getFileName(), batch.id(),
                        batch.finishedAt());
            } else {
                out.printf("loaded %s as batch %d: %d rows read, %d loaded, period %s%s, in %.1f s (%.0f rows/s)%n",
                        file.getFileName(), batch.id(), batch.rowsRead(), batch.rowsLoaded(), batch.period(),
                        outcome.supersededBatchIds().isEmpty() ? ""
                                : "; replaces batch " + outcome.supersededBatchIds(),
                        seconds, batch.rowsRead() / seconds);
            }
            return 0;
        } catch (ImportRejectedException e) {
            err.println();
            err.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println();
            err.println("import failed: " + e.getMessage());
            return 1;
        }
    }

    private static LongConsumer progressBar(PrintStream err, long size) {
        return read -> {
            int width = 40;
            int done = size == 0 ? width : (int) Math.min(width, read * width / size);
            err.printf("\r[%s%s] %3d%%  %,d of %,d bytes", "#".repeat(done), " ".repeat(width - done),
                    size == 0 ? 100 : read * 100 / size, read, size);
        };
    }
}
