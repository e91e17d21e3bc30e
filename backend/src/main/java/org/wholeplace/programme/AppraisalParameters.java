package org.wholeplace.programme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The parameters of every appraisal, as loaded (kind appraisal-parameters): the optimism bias correction of each
 * confidence grade (HM Treasury's 2014 guidance for local partnerships), the discount rates (the Green Book's) and
 * the reinvestment deal's terms (GM Transforming Justice's with the MoJ, 2011).
 *
 * @param reinvestmentDeal the deal's terms; null for parameters loaded before they held one
 * @param batchId          the import batch they come from
 */
public record AppraisalParameters(List<OptimismBiasGrade> optimismBias, DiscountSchedule discounting,
                                  ReinvestmentDeal reinvestmentDeal, long batchId) {

    /** A confidence grade: the part of a benefit taken off, and added to a cost, for evidence of this grade. */
    public record OptimismBiasGrade(int grade, BigDecimal correction, String description) {
    }

    public Optional<BigDecimal> correctionFor(int grade) {
        return optimismBias.stream().filter(g -> g.grade() == grade).map(OptimismBiasGrade::correction).findFirst();
    }
}
