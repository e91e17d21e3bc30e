package org.wholeplace.provenance;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code GET /imports/{id}}: one import batch as JSON (source, publisher, licence, file, checksum, rows, when and by
 * whom): where the viewer's source lines link, so that every figure leads to the file it came from.
 */
@RestController
public class ImportBatchController {

    private final ImportBatchRepository batches;

    public ImportBatchController(ImportBatchRepository batches) {
        this.batches = batches;
    }

    @GetMapping("/imports/{id}")
    public Mono<ResponseEntity<ImportBatch>> batch(@PathVariable long id) {
        return batches.byIds(List.of(id)).next().map(ResponseEntity::ok)
                .defaultIfEmpty(ResponseEntity.notFound().build());
    }
}
