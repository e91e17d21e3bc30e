package org.wholeplace.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A file as read for import: its name, bytes and SHA-256, and its text decoded strictly as UTF-8. */
public record SourceFile(String name, byte[] content, String sha256) {

    public static SourceFile read(Path path) {
        try {
            return of(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new ImportRejectedException(new ImportProblem(path.toString(), 0, null,
                    "cannot be read: " + e.getMessage()));
        }
    }

    public static SourceFile of(String name, byte[] content) {
        try {
            return new SourceFile(name, content,
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** The text without its byte-order mark; a file that is not valid UTF-8 is refused, not guessed at. */
    public String text() {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new ImportRejectedException(new ImportProblem(name, 0, null,
                    "is not UTF-8 text (" + e.getMessage() + "); save it as UTF-8"));
        }
    }
}
