package org.wholeplace.place;

import java.util.List;

/**
 * Places to compare a place with: a named group loaded as data (CIPFA nearest neighbours, say), every English
 * authority of one tier ({@code tier:metropolitan-district}), which the reference data makes from the places' kinds,
 * or every place of one English region ({@code region:E12000002}), from the regions publishers state.
 *
 * @param members ONS codes, in code order
 */
public record ComparatorGroup(String code, String name, List<String> members) {

    public static final String TIER_PREFIX = "tier:";
    public static final String REGION_PREFIX = "region:";

    public boolean isTier() {
        return code.startsWith(TIER_PREFIX);
    }
}
