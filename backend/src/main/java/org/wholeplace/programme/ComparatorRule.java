package org.wholeplace.programme;

/** How a tracked indicator's comparator places were chosen. */
public enum ComparatorRule {
    /** Listed for the indicator in the programme file: argued similar by whoever listed them. */
    LISTED,
    /** The members of a comparator group the programme file names (CIPFA nearest neighbours, say). */
    GROUP,
    /**
     * By default, every other place sharing a parent with the programme's places: taken because they are there, not
     * chosen as similar, so an estimate against them stays at level 2 of the Maryland scale.
     */
    SHARED_PARENT
}
