package org.wholeplace.architecture.violations.web;

import org.jooq.DSLContext;
import reactor.core.publisher.Mono;

/**
 * Breaks CONTROLLERS_HOLD_NO_SQL (a statement in a controller), CONTROLLERS_DECLARE_NO_TYPES (its own response
 * record) and NOTHING_BLOCKS (it waits). Not a Spring bean: the name makes it a controller for the rules.
 */
public class SqlController {

    private final DSLContext dsl;

    public SqlController(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Answer answer() {
        return new Answer(Mono.from(dsl.selectOne()).block().value1());
    }

    public record Answer(int value) {
    }
}
