package org.wholeplace.unitcost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.wholeplace.graphql.InvalidInputException;

class UnitCostRequestTest {

    @Test
    void theLimitIsFromOneToAThousand() {
        assertThatThrownBy(() -> UnitCostRequest.of(null, null, null, null, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("limit must be between 1 and 1000, not 0");
        assertThatThrownBy(() -> UnitCostRequest.of(null, null, null, null, 1001))
                .hasMessage("limit must be between 1 and 1000, not 1001");
        assertThat(UnitCostRequest.of("arrest", "Crime", "Police", "2019/20", 1000))
                .isEqualTo(new UnitCostRequest("arrest", "Crime", "Police", "2019/20", 1000));
    }
}
