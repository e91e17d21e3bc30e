package org.wholeplace.duplication;

/** How hotspots are ranked; each descending, ties broken by place, service, theme and year. */
public enum HotspotOrder {
    SCORE, TOTAL, FRAGMENTATION, AGENCY_COUNT, RATIO_TO_MEDIAN, ROBUST_Z, YEAR
}
