package org.wholeplace.ingest;

/** One reason a file was refused: where (file, line, field) and why. Line 0 means the file as a whole. */
public record ImportProblem(String file, long line, String field, String reason) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (field == null ? "" : " [" + field + "]") + ": " + reason;
    }
}
