package org.wholeplace.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Period labels of every style the sources use, read into the dates they cover. */
class PeriodTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "2018,            2018-01-01, 2018-12-31",
            "2017/18,         2017-04-01, 2018-03-31",
            "2017-18,         2017-04-01, 2018-03-31",
            "1999/00,         1999-04-01, 2000-03-31",
            "2016-18,         2016-01-01, 2018-12-31",
            "2016 - 18,       2016-01-01, 2018-12-31",
            "2023 - 25,       2023-01-01, 2025-12-31",
            "2016/17 - 18/19, 2016-04-01, 2019-03-31",
            "2018 Q1,         2018-01-01, 2018-03-31",
            "2018 Q4,         2018-10-01, 2018-12-31",
            "2018/19 Q1,      2018-04-01, 2018-06-30",
            "2018/19 Q4,      2019-01-01, 2019-03-31",
    })
    void readsEveryStyle(String label, LocalDate start, LocalDate end) {
        assertThat(Period.parse(label)).contains(new Period(label, start, end));
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "NA", "18", "2017/19", "2017/16", "2018/17", "2016/17 - 15/16", "2018 Q5",
            "2018/20 Q1", "Q1 2018", "1850", "2017/18/19"})
    void refusesWhatIsNoPeriod(String label) {
        assertThat(Period.parse(label)).isEmpty();
    }

    @Test
    void sortsByWhatTheLabelsMean() {
        List<String> sorted = Stream.of("2018", "2017/18", "2016-18", "2016", "2017 Q2", "2017/18 Q1")
                .map(label -> Period.parse(label).orElseThrow())
                .sorted()
                .map(Period::label)
                .toList();
        // 2016 (Jan 2016), 2016-18 (Jan 2016, ends later), 2017 Q2 (Apr 2017, ends Jun), 2017/18 Q1 (Apr 2017,
        // ends Jun: same span, label decides), 2017/18 (Apr 2017, ends Mar 2018), 2018 (Jan 2018)
        assertThat(sorted).containsExactly("2016", "2016-18", "2017 Q2", "2017/18 Q1", "2017/18", "2018");
    }

    @Test
    void financialYearLabelsOfBothStylesAreTheSameSpan() {
        assertThat(Period.parse("2017/18").orElseThrow().sameSpanAs(Period.parse("2017-18").orElseThrow())).isTrue();
        assertThat(Period.parse("2017/18").orElseThrow().sameSpanAs(Period.parse("2017").orElseThrow())).isFalse();
    }
}
