package org.wholeplace.programme.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A programme as its file states it, checked; years are financial years by the calendar year they start in.
 *
 * @param costPriceYear the price year its costs are stated in (2015/16), or null: in the appraisal's
 */
record ProgrammeDefinition(String id, String name, String theme, List<String> places, int startYear, int endYear,
                           String description, String costPriceYear, long line, List<Cost> costs,
                           List<Cohort> cohorts, List<Outcome> outcomes, List<IndicatorLink> indicators) {

    /** @param confidenceGrade the grade whose optimism bias raises the cost; null: taken as stated */
    record Cost(String agency, int year, BigDecimal capital, BigDecimal revenue, BigDecimal inKind,
                Integer confidenceGrade) {
    }

    record Cohort(int year, int people) {
    }

    /**
     * @param cashable         whether an agency's saving is cashable, unless {@code cashableByAgency} names it
     * @param cashableByAgency agencies whose savings are cashable or not, by their name in the Unit Cost Database
     */
    record Outcome(String unitCost, BigDecimal engagement, BigDecimal success, BigDecimal deadweight, int lagYears,
                   int durationYears, BigDecimal dropOff, int confidenceGrade, boolean cashable,
                   Map<String, Boolean> cashableByAgency) {
    }

    /**
     * @param comparators     the places compared with; empty for a group's, or the places sharing a parent with the
     *                        programme's
     * @param comparatorGroup the comparator group whose members are compared with, or null
     * @param costShare       the part of the programme's cost the indicator bears; null: shared equally
     */
    record IndicatorLink(String indicatorId, List<String> comparators, String comparatorGroup,
                         BigDecimal costShare) {
    }
}
