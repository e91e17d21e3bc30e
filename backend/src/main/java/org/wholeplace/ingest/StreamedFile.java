package org.wholeplace.ingest;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/**
 * A file too large to hold in memory: its SHA-256 is computed in one streaming pass, and its text is read in
 * another as UTF-8 (a byte-order mark is skipped), reporting progress in bytes. Bytes that are not UTF-8 become
 * U+FFFD ({@link #NOT_UTF8}) rather than failing a whole buffer, so the reader can name the line and field.
 */
public record StreamedFile(Path path, String name, long size, String sha256) {

    public static final char NOT_UTF8 = '\uFFFD';

    public static StreamedFile of(Path path) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(path), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            String sha = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            return new StreamedFile(path, path.getFileName().toString(), Files.size(path), sha);
        } catch (IOException e) {
            throw new ImportRejectedException(new ImportProblem(path.toString(), 0, null,
                    "cannot be read: " + e.getMessage()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** @param progress told the bytes read so far, every 256 KiB or so */
    public Reader openText(LongConsumer progress) throws IOException {
        InputStream counting = new FilterInputStream(Files.newInputStream(path)) {
            private long read;
            private long reported;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    read += n;
                    if (read - reported >= 256 * 1024) {
                        reported = read;
                        progress.accept(read);
                    }
                }
                return n;
            }
        };
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        BufferedReader reader = new BufferedReader(new InputStreamReader(counting, decoder), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return reader;
    }
}
