package org.wholeplace.outcome;

/**
 * One indicator's observations as a field of the response asks for them: the key under which every such field of a
 * response is batched, so that all indicators asking the same are answered by one query.
 */
record ObservationsOf(Indicator indicator, ObservationRequest request) {

    static final String LOADER = "observationsOf";
}
