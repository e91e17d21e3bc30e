package org.wholeplace.architecture.violations.cycle.two;

import org.wholeplace.architecture.violations.cycle.one.One;

/** Breaks NO_PACKAGE_CYCLES with {@link One}. */
public class Two {

    public One back() {
        return new One();
    }
}
