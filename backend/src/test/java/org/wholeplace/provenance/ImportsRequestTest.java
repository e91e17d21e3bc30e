package org.wholeplace.provenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wholeplace.graphql.InvalidInputException;

class ImportsRequestTest {

    @Test
    void anUnknownKindOrALimitOutOfRangeIsRefused() {
        assertThatThrownBy(() -> ImportsRequest.of("horoscope", 10))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Unknown import kind 'horoscope'; known: " + ImportKind.codes());
        assertThatThrownBy(() -> ImportsRequest.of(null, 0)).hasMessage("limit must be between 1 and 1000, not 0");
        assertThatThrownBy(() -> ImportsRequest.of(null, 1001))
                .hasMessage("limit must be between 1 and 1000, not 1001");
        assertThat(ImportsRequest.of("rsx", 1)).isEqualTo(new ImportsRequest("rsx", 1));
    }
}
