package org.wholeplace.spendoutcome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.wholeplace.outcome.IndicatorObservation;
import org.wholeplace.outcome.IndicatorObservations;
import org.wholeplace.outcome.IndicatorSeries;
import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Basis;
import org.wholeplace.place.Measure;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;
import org.wholeplace.place.Theme;
import org.wholeplace.spend.SpendDimension;
import org.wholeplace.spend.SpendFilter;
import org.wholeplace.spend.SpendOrder;
import org.wholeplace.spend.SpendOrderField;
import org.wholeplace.spend.SpendQuery;
import org.wholeplace.spend.SpendRequest;
import org.wholeplace.spend.SpendRow;
import reactor.core.publisher.Mono;

/**
 * Sets a theme's spend in a place beside its outcomes there, through the two features' own public services: the
 * spend per head per financial year as {@code spend} computes it, the theme's indicators benchmarked as
 * {@code indicators} does, and a timeline that lines them up by financial year.
 */
@Service
public class SpendAndOutcomesService {

    private final SpendQuery spend;
    private final IndicatorObservations outcomes;

    public SpendAndOutcomesService(SpendQuery spend, IndicatorObservations outcomes) {
        this.spend = spend;
        this.outcomes = outcomes;
    }

    public Mono<SpendAndOutcomes> of(SpendAndOutcomesRequest asked, ReferenceData reference) {
        Theme theme = asked.theme();
        Place place = asked.place();
        // net current expenditure, outturn, as spend reads it by default; one row a year, so never near the limit
        SpendRequest request = SpendRequest.of(new SpendFilter(List.of(place.code()), null, null, null,
                        List.of(theme.code()), null, Measure.NET_CURRENT_EXPENDITURE, List.of(Basis.OUTTURN)),
                List.of(SpendDimension.YEAR), List.of(new SpendOrder(SpendOrderField.YEAR, SpendOrder.Direction.ASC)),
                SpendRequest.MAX_LIMIT, reference, Set.of(SpendRequest.Extra.PER_HEAD, SpendRequest.Extra.BATCHES));
        Mono<List<SpendRow>> spendRows = spend.spendGroupedBy(request).map(row -> SpendRow.of(row, reference))
                .collectList();
        Mono<List<IndicatorSeries>> series = outcomes.seriesOfTheme(theme.code(), place.code(), reference);
        return Mono.zip(spendRows, series).map(t -> new SpendAndOutcomes(theme, place, t.getT1(), t.getT2(),
                timeline(t.getT1(), t.getT2())));
    }

    /** Each financial year from the first to the last with spend or an observation; observations by overlap. */
    static List<ThemeYear> timeline(List<SpendRow> spend, List<IndicatorSeries> series) {
        Map<Integer, SpendRow> spendByYear = new HashMap<>();
        spend.forEach(row -> spendByYear.put(row.year().startYear(), row));
        IntSummaryStatistics years = new IntSummaryStatistics();
        spendByYear.keySet().forEach(years::accept);
        for (IndicatorSeries s : series) {
            for (IndicatorObservation o : s.observations()) {
                years.accept(FinancialYear.containing(o.period().start()).startYear());
                years.accept(FinancialYear.containing(o.period().end()).startYear());
            }
        }
        List<ThemeYear> timeline = new ArrayList<>();
        for (int start = years.getMin(); years.getCount() > 0 && start <= years.getMax(); start++) {
            FinancialYear year = new FinancialYear(start);
            List<YearOutcome> overlapping = new ArrayList<>();
            for (IndicatorSeries s : series) {
                for (IndicatorObservation o : s.observations()) {
                    if (!o.period().start().isAfter(year.endsOn()) && !o.period().end().isBefore(year.startsOn())) {
                        overlapping.add(new YearOutcome(s.indicator(), o));
                    }
                }
            }
            SpendRow row = spendByYear.get(start);
            timeline.add(new ThemeYear(year, row == null ? null : row.total(), row == null ? null : row.perHead(),
                    row == null ? List.of() : row.batchIds(), overlapping));
        }
        return timeline;
    }
}
