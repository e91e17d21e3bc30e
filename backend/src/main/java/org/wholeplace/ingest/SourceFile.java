package org.wholeplace.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
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
            return utf8();
        } catch (CharacterCodingException e) {
            throw new ImportRejectedException(new ImportProblem(name, 0, null,
                    "is not UTF-8 text (" + e.getMessage() + "); save it as UTF-8"));
        }
    }

    /** Text and the encoding it was read in. */
    public record Decoded(String text, String encoding) {
    }

    /**
     * For publishers that save either way: UTF-8 (with or without a byte-order mark) when the bytes are valid UTF-8,
     * otherwise Windows-1252, in which every byte is a character (£ is 0xA3, an en dash 0x96). Windows-1252 bytes
     * that happen to form valid UTF-8 need two or more accented letters in a row, which English names do not have.
     */
    public Decoded textInUtf8OrWindows1252() {
        try {
            return new Decoded(utf8(), "UTF-8");
        } catch (CharacterCodingException e) {
            return new Decoded(new String(content, Charset.forName("windows-1252")), "Windows-1252");
        }
    }

    private String utf8() throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(content))
                .toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
