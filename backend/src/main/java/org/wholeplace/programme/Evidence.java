package org.wholeplace.programme;

/**
 * How strong a difference-in-differences estimate is as evidence, on the Maryland Scientific Methods Scale as the What
 * Works Centre for Local Economic Growth states it. Level 3: "comparison of outcomes in treated group after an
 * intervention, with outcomes in the treated group before the intervention, and a comparison group used to provide a
 * counterfactual (e.g. difference in difference). Justification given to choice of comparator group that is argued to
 * be similar to the treatment group. Evidence presented on comparability of treatment and control groups." Here that
 * means all of: comparators chosen by a stated rule (listed in the programme file, or a named comparator group), at
 * least {@value #PERIODS_BEFORE_FOR_LEVEL_3} periods before the start, and no significant difference between the
 * groups' trends before it ({@link PreTrend}). Failing any, the estimate is a before-and-after comparison with an
 * unargued comparison: level 2, and {@code reason} says what is missing.
 *
 * @param comparatorGroup the group's code when {@code comparatorRule} is GROUP
 * @param preTrend        the check of trends before the start; null with fewer than
 *                        {@value #PERIODS_BEFORE_FOR_LEVEL_3} periods before it
 * @param reason          what keeps the estimate from level 3; null at level 3
 */
public record Evidence(int marylandLevel, ComparatorRule comparatorRule, String comparatorGroup, PreTrend preTrend,
                       String reason) {

    static final int PERIODS_BEFORE_FOR_LEVEL_3 = 3;
}
