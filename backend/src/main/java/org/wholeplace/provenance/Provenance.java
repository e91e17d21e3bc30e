package org.wholeplace.provenance;

/**
 * Where a file the publisher did not describe in its own format comes from, as the administrator states it.
 *
 * @param source    the data set's title; with the period it names what a later corrected file replaces
 * @param synthetic true for generated rows: every figure built on them is marked as not real
 */
public record Provenance(String source, String publisher, String licence, String url, boolean synthetic) {

    public Provenance {
        if (source == null || source.isBlank() || publisher == null || publisher.isBlank()
                || licence == null || licence.isBlank()) {
            throw new IllegalArgumentException("state the source, publisher and licence of the file");
        }
    }
}
