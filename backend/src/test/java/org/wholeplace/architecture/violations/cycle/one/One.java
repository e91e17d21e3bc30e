package org.wholeplace.architecture.violations.cycle.one;

import org.wholeplace.architecture.violations.cycle.two.Two;

/** Breaks NO_PACKAGE_CYCLES with {@link Two}. */
public class One {

    public Two next() {
        return new Two();
    }
}
