package org.wholeplace.ingest;

import java.util.ArrayList;
import java.util.List;

import org.wholeplace.WholePlaceApplication;
import org.wholeplace.db.DatabaseEndpoint;

/** The import command as an administrator runs it: a process of its own, on the test's classes. */
public final class ImportProcess {

    private ImportProcess() {
    }

    public static ProcessBuilder of(DatabaseEndpoint database, String... args) {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), WholePlaceApplication.class.getName(), "import",
                // Spring settings go anywhere on the line, before the kind as well as after the file
                "--spring.r2dbc.url=" + database.r2dbcUrl()));
        command.addAll(List.of(args));
        command.add("--server.port=0");
        return new ProcessBuilder(command).redirectErrorStream(true);
    }
}
