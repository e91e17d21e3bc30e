package org.wholeplace.programme;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a programme's appraisal reads: its costs, cohorts and expected outcomes, each outcome with the unit cost that
 * values it (from the current Unit Cost Database) and the agencies sharing its fiscal saving.
 */
public record ProgrammeInputs(List<Cost> costs, List<Cohort> cohorts, List<ExpectedOutcome> outcomes) {

    /** @param confidenceGrade the grade whose optimism bias raises the cost; null: taken as stated */
    public record Cost(String agency, int year, BigDecimal capital, BigDecimal revenue, BigDecimal inKind,
                       Integer confidenceGrade) {

        public BigDecimal amount() {
            return capital.add(revenue).add(inKind);
        }
    }

    public record Cohort(int year, BigDecimal people) {
    }

    /**
     * @param savings the agencies making the unit cost's fiscal saving, each with its share and whether its saving is
     *                cashable to it
     * @param fiscal  the unit cost's fiscal value, in {@code fiscalYear} prices; likewise economic and social
     */
    public record ExpectedOutcome(String unitCostCode, BigDecimal engagement, BigDecimal success,
                                  BigDecimal deadweight, int lagYears, int durationYears, BigDecimal dropOff,
                                  int confidenceGrade, List<AgencySaving> savings, BigDecimal fiscal,
                                  String fiscalYear, BigDecimal economic, String economicYear, BigDecimal social,
                                  String socialYear, String workbookYear, long unitCostBatchId) {
    }

    /** An agency's share of an outcome's fiscal saving, and whether the programme counts it cashable. */
    public record AgencySaving(String agency, BigDecimal share, boolean cashable) {
    }
}
