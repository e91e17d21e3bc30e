package org.wholeplace.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wholeplace.provenance.ImportKind;
import org.wholeplace.provenance.Provenance;
import org.wholeplace.security.AdminCredential;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code POST /admin/imports/{kind}} with the file as the request body: streamed to a temporary file, then loaded by
 * the same code as the command line. 200 with the batch, 422 with the problems of a refused file (each distinct
 * problem once with its count in {@code problemGroups}, the first hundred as found in {@code problems}), 401 without
 * the admin credential.
 */
@RestController
public class AdminImportController {

    private static final Logger log = LoggerFactory.getLogger(AdminImportController.class);

    private final ImportService imports;
    private final AdminCredential credential;
    private final Path mappings;

    public AdminImportController(ImportService imports, AdminCredential credential,
                                 @Value("${wholeplace.transparency.mappings:transparency}") Path mappings) {
        this.imports = imports;
        this.credential = credential;
        this.mappings = mappings;
    }

    @PostMapping("/admin/imports/{kind}")
    public Mono<ResponseEntity<Map<String, Object>>> upload(
            @PathVariable String kind,
            @RequestHeader(name = "Authorization", required = false) String authorization,
            @RequestHeader(name = "X-File-Name", required = false) String fileName,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String publisher,
            @RequestParam(required = false) String licence,
            @RequestParam(required = false) String url,
            @RequestParam(defaultValue = "false") boolean synthetic,
            @RequestParam(required = false) String mapping,
            ServerHttpRequest request) {
        if (!credential.isPresentedIn(authorization)) {
            return Mono.just(error(HttpStatus.UNAUTHORIZED, "present the admin credential as 'Authorization: Bearer "
                    + "<token>'"));
        }
        ImportKind importKind = ImportKind.of(kind).orElse(null);
        if (importKind == null) {
            return Mono.just(error(HttpStatus.NOT_FOUND, "unknown kind '" + kind + "'; known: " + ImportKind.codes()));
        }
        Provenance provenance;
        try {
            provenance = importKind.needsProvenance() || source != null ? new Provenance(source, publisher, licence, url, synthetic)
                    : null;
        } catch (IllegalArgumentException e) {
            return Mono.just(error(HttpStatus.BAD_REQUEST, e.getMessage() + " (query parameters source, publisher, "
                    + "licence)"));
        }
        Path mappingFile = null;
        if (mapping != null) {
            if (!mapping.matches("[a-z0-9][a-z0-9-]*")) {
                return Mono.just(error(HttpStatus.BAD_REQUEST, "mapping must name a file in the mappings folder, "
                        + "like 'manchester' for manchester.yaml"));
            }
            mappingFile = mappings.resolve(mapping + ".yaml");
        }
        Path stated = mappingFile;
        // The stored file name is the one the caller gives, reduced to a plain name.
        String name = fileName == null || fileName.isBlank() ? "upload.csv"
                : Path.of(fileName.replace('\\', '/')).getFileName().toString();
        return Mono.usingWhen(
                Mono.fromCallable(() -> Files.createTempDirectory("wholeplace-upload")).subscribeOn(Schedulers.boundedElastic()),
                dir -> DataBufferUtils.write(request.getBody(), dir.resolve(name))
                        .then(imports.importFile(importKind, dir.resolve(name), provenance, stated,
                                "admin upload from " + request.getRemoteAddress(), read -> { }))
                        .map(AdminImportController::loaded)
                        .onErrorResume(ImportRejectedException.class, e -> {
                            log.warn("Upload of {} ({}) refused: {}", name, importKind.code(), e.getMessage());
                            return Mono.just(rejected(e));
                        })
                        .onErrorResume(IllegalArgumentException.class,
                                e -> Mono.just(error(HttpStatus.BAD_REQUEST, e.getMessage()))),
                dir -> Mono.fromRunnable(() -> delete(dir)).subscribeOn(Schedulers.boundedElastic()));
    }

    private static ResponseEntity<Map<String, Object>> loaded(ImportOutcome outcome) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("alreadyLoaded", outcome.alreadyLoaded());
        body.put("supersededBatchIds", outcome.supersededBatchIds());
        body.put("batch", outcome.batch());
        return ResponseEntity.ok(body);
    }

    private static ResponseEntity<Map<String, Object>> rejected(ImportRejectedException e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", "rejected, nothing loaded");
        body.put("totalProblems", e.totalProblems());
        body.put("problemGroups", e.groups());
        body.put("problems", e.problems());
        return ResponseEntity.unprocessableContent().body(body);
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("error", message));
    }

    private static void delete(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
