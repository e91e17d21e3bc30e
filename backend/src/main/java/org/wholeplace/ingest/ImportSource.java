package org.wholeplace.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

import org.wholeplace.provenance.Provenance;

/**
 * A file to import, with what the administrator said of it.
 *
 * @param file     the file, its name, size and SHA-256
 * @param stated   the provenance stated by the administrator, or null where the format states its own
 * @param mapping  the publisher's column mapping a format needs to read the file (transparency), or null
 * @param loadedBy who loads it
 * @param progress told the bytes read so far, for files read as a stream
 */
public record ImportSource(StreamedFile file, Provenance stated, Path mapping, String loadedBy,
                           LongConsumer progress) {

    public String name() {
        return file.name();
    }

    /** The whole file, for formats small enough to hold (every one but the streamed spend and payment files). */
    public SourceFile read() {
        try {
            return new SourceFile(file.name(), Files.readAllBytes(file.path()), file.sha256());
        } catch (IOException e) {
            throw new ImportRejectedException(new ImportProblem(file.name(), 0, null,
                    "cannot be read: " + e.getMessage()));
        }
    }

    /** The file as text, read as a stream (see {@link StreamedFile#openText}). */
    public Reader openText() throws IOException {
        return file.openText(progress);
    }

    /** The stated provenance, or the format's own when none was stated. */
    public Provenance statedOr(Provenance own) {
        return stated == null ? own : stated;
    }
}
