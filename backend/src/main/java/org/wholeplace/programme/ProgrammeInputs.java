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
     * @param values  what the unit cost is worth, and what its workbook says of it
     */
    public record ExpectedOutcome(String unitCostCode, BigDecimal engagement, BigDecimal success,
                                  BigDecimal deadweight, int lagYears, int durationYears, BigDecimal dropOff,
                                  int confidenceGrade, List<AgencySaving> savings, UnitCostValues values) {
    }

    /**
     * A unit cost's values, each in its own price year, as the current Unit Cost Database gives them.
     *
     * @param sheet          the workbook's sheet the cost is on (Crime, Health, ...)
     * @param fiscal         the fiscal value, in {@code fiscalYear} prices; likewise economic and social (null: none)
     * @param workbookYear   the year the workbook uprates its values to
     * @param transfer       the part of the fiscal value the workbook calls a transfer payment; null for none
     * @param doubleCounting what the workbook says against combining the cost with others; null when it does not
     *                       forbid it
     */
    public record UnitCostValues(String sheet, BigDecimal fiscal, String fiscalYear, BigDecimal economic,
                                 String economicYear, BigDecimal social, String socialYear, String workbookYear,
                                 long batchId, Transfer transfer, String doubleCounting) {
    }

    /**
     * @param agency as the workbook's comment names it (DWP, HMT)
     * @param amount the part of the fiscal value that is a transfer, in the fiscal value's price year; null: all of it
     * @param cell   the cell whose comment says so (Employment &amp; Economy!H15)
     */
    public record Transfer(String agency, BigDecimal amount, String cell) {
    }

    /** An agency's share of an outcome's fiscal saving, and whether the programme counts it cashable. */
    public record AgencySaving(String agency, BigDecimal share, boolean cashable) {
    }
}
