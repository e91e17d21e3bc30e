package org.wholeplace;

import java.util.List;

/** The ten GM boroughs' ONS codes, as the DESIGN lists them: what many tests filter by. */
public final class GreaterManchester {

    public static final String CODE = "E47000001";
    public static final List<String> BOROUGHS = List.of("E08000001", "E08000002", "E08000003", "E08000004",
            "E08000005", "E08000006", "E08000007", "E08000008", "E08000009", "E08000010");

    private GreaterManchester() {
    }
}
