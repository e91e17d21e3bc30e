package org.wholeplace.programme;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a programme's appraisal reads: its costs, cohorts and expected outcomes, each outcome with the unit cost that
 * values it (from the current Unit Cost Database).
 */
public record ProgrammeInputs(List<Cost> costs, List<Cohort> cohorts, List<ExpectedOutcome> outcomes) {

    public record Cost(String agency, int year, BigDecimal amount) {
    }

    public record Cohort(int year, BigDecimal people) {
    }

    /**
     * @param savingAgency the agency bearing the unit cost, so making its fiscal saving
     * @param fiscal       the unit cost's fiscal value, in {@code fiscalYear} prices; likewise economic and social
     */
    public record ExpectedOutcome(String unitCostCode, BigDecimal engagement, BigDecimal success,
                                  BigDecimal deadweight, int lagYears, int durationYears, BigDecimal dropOff,
                                  int confidenceGrade, BigDecimal optimismBias, boolean cashable,
                                  String savingAgency, BigDecimal fiscal, String fiscalYear, BigDecimal economic,
                                  String economicYear, BigDecimal social, String socialYear, String workbookYear,
                                  long unitCostBatchId) {
    }
}
