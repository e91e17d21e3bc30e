package org.wholeplace.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** A file with one mistake on thousands of rows is refused in a line, not in thousands of copies of it. */
class ProblemCollectorTest {

    static final String NOT_IN_CATALOGUE = "'Proportion of 16-17 year olds not in education, employment or training "
            + "(NEET)' is not in the indicator catalogue; add it to outcomes/indicators.csv with this source_name";

    @Test
    void alikeProblemsAreOneLineWithTheirCountAndFirstLines() {
        var problems = new ProblemCollector("neets.csv");
        for (long line = 2; line <= 9_802; line++) {
            problems.add(line, "indicator", NOT_IN_CATALOGUE);
        }
        problems.add(40, "value", "'n/a' is not a number");

        ImportRejectedException rejected = problems.rejection();

        assertThat(rejected.totalProblems()).isEqualTo(9_802);
        assertThat(rejected.problems()).hasSize(100);
        assertThat(rejected.groups()).containsExactly(
                new ProblemGroup("neets.csv", "indicator", NOT_IN_CATALOGUE, 9_801,
                        List.of(2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L)),
                new ProblemGroup("neets.csv", "value", "'n/a' is not a number", 1, List.of(40L)));
        assertThat(rejected.getMessage()).isEqualTo("""
                Rejected, nothing loaded: 9802 problem(s)
                  neets.csv [indicator]: 9,801 rows: %s (lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 9,791 more)
                  neets.csv:40 [value]: 'n/a' is not a number""".formatted(NOT_IN_CATALOGUE));
    }

    @Test
    void distinctProblemsPastTheHundredthAreCountedNotKept() {
        var problems = new ProblemCollector("many.csv");
        for (long line = 1; line <= 150; line++) {
            problems.add(line, "amount", "'x" + line + "' is not a number");
        }

        ImportRejectedException rejected = problems.rejection();

        assertThat(rejected.groups()).hasSize(100);
        assertThat(rejected.totalProblems()).isEqualTo(150);
        assertThat(rejected.getMessage()).endsWith("many.csv:100 [amount]: 'x100' is not a number\n  ... and 50 more");
    }
}
