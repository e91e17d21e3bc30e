package org.wholeplace.programme;

import java.math.BigDecimal;
import java.util.List;

import org.wholeplace.graphql.InvalidInputException;

/**
 * The arguments of {@code Programme.reinvestmentDeal}, checked: the fall in demand, and the terms asked for in place
 * of the loaded ones (null: the loaded ones).
 */
record ReinvestmentDealRequest(BigDecimal fall, ReinvestmentDeal terms) {

    /** The terms argument as GraphQL binds it. */
    record TermsInput(BigDecimal paysFrom, List<ReinvestmentDeal.Tier> tiers) {
    }

    static ReinvestmentDealRequest of(BigDecimal fall, TermsInput terms) {
        if (fall.signum() < 0 || fall.compareTo(BigDecimal.ONE) > 0) {
            throw new InvalidInputException("fall must be from 0 to 1, not " + fall);
        }
        if (terms == null) {
            return new ReinvestmentDealRequest(fall, null);
        }
        try {
            return new ReinvestmentDealRequest(fall, new ReinvestmentDeal(terms.paysFrom(), terms.tiers(),
                    "the terms asked for"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("terms: " + e.getMessage());
        }
    }

    /** The terms asked for, or the loaded ones; an installation loaded before deals were data may have none. */
    ReinvestmentDeal termsOr(AppraisalParameters parameters) {
        if (terms == null && parameters.reinvestmentDeal() == null) {
            throw new InvalidInputException("No reinvestment deal terms are loaded (appraisal parameters loaded before "
                    + "they held one): load programmes/appraisal-parameters.yaml again, or give terms");
        }
        return terms != null ? terms : parameters.reinvestmentDeal();
    }
}
