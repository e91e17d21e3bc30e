package org.wholeplace.place;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /boundaries/greater-manchester.geojson}: the ten boroughs' boundaries (ONS, December 2023, super
 * generalised) as shipped in {@code data/boundaries}, for the viewer's maps. Maps drawn from them must say "Contains
 * National Statistics and OS data © Crown copyright and database right 2023".
 */
@RestController
public class BoundaryController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final Path file;

    public BoundaryController(@Value("${wholeplace.boundaries.file}") Path file) {
        this.file = file;
    }

    @GetMapping("/boundaries/greater-manchester.geojson")
    public ResponseEntity<Resource> greaterManchester() {
        if (!Files.isReadable(file)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).build();
        }
        return ResponseEntity.ok().contentType(GEO_JSON).cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                .body(new FileSystemResource(file));
    }
}
