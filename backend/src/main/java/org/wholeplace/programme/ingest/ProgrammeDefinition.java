package org.wholeplace.programme.ingest;

import java.math.BigDecimal;
import java.util.List;

/** A programme as its file states it, checked; years are financial years by the calendar year they start in. */
record ProgrammeDefinition(String id, String name, String theme, List<String> places, int startYear, int endYear,
                           String description, long line, List<Cost> costs, List<Cohort> cohorts,
                           List<Outcome> outcomes) {

    record Cost(String agency, int year, BigDecimal capital, BigDecimal revenue, BigDecimal inKind) {
    }

    record Cohort(int year, int people) {
    }

    record Outcome(String unitCost, BigDecimal engagement, BigDecimal success, BigDecimal deadweight, int lagYears,
                   int durationYears, BigDecimal dropOff, int confidenceGrade, BigDecimal optimismBias,
                   boolean cashable) {
    }
}
