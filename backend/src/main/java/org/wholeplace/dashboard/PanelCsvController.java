package org.wholeplace.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.provenance.ImportBatchRepository;
import reactor.core.publisher.Mono;

/**
 * {@code GET /dashboards/{id}/panels/{panel}.csv?year=2022-23}: a panel's figures as a CSV file, the filters given
 * as query parameters (the defaults for the rest), with the source note and provenance in its first lines.
 */
@RestController
public class PanelCsvController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final Dashboards dashboards;
    private final PanelRunner panels;
    private final ImportBatchRepository batches;

    public PanelCsvController(Dashboards dashboards, PanelRunner panels, ImportBatchRepository batches) {
        this.dashboards = dashboards;
        this.panels = panels;
        this.batches = batches;
    }

    @GetMapping("/dashboards/{id}/panels/{panelId}.csv")
    public Mono<ResponseEntity<String>> csv(@PathVariable String id, @PathVariable String panelId,
                                            @RequestParam Map<String, String> filters) {
        var dashboard = dashboards.withId(id);
        var panel = dashboard.flatMap(d -> d.panel(panelId));
        if (panel.isEmpty()) {
            return Mono.just(text(HttpStatus.NOT_FOUND, dashboard.isEmpty()
                    ? CodeCheck.inField(CodeCheck.unknown("dashboard", id), null)
                    : CodeCheck.inField(CodeCheck.unknown("panel", panelId), "dashboard '" + id + "'")));
        }
        return panels.run(dashboard.get(), panel.get(), filters)
                .flatMap(data -> batches.byIds(data.batchIds()).collectList().map(found -> ResponseEntity.ok()
                        .contentType(CSV)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename(PanelCsv.fileName(dashboard.get(), panel.get(), data)).build().toString())
                        .body(PanelCsv.of(dashboard.get(), panel.get(), data, found))))
                .onErrorResume(InvalidInputException.class, e -> Mono.just(text(HttpStatus.BAD_REQUEST,
                        e.getMessage())));
    }

    private static ResponseEntity<String> text(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(message + "\n");
    }
}
