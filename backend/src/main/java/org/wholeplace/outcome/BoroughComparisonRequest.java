package org.wholeplace.outcome;

import java.util.Optional;

import org.wholeplace.graphql.InvalidInputException;
import org.wholeplace.period.Period;
import org.wholeplace.place.CodeCheck;
import org.wholeplace.place.ComparatorGroup;
import org.wholeplace.place.Place;
import org.wholeplace.place.ReferenceData;

/**
 * {@code boroughComparison(indicator, period, within, group, confidence)} checked against the reference data. The
 * indicator is the catalogue's, checked when it is read.
 *
 * @param period the period asked for; empty for the indicator's latest with an observation
 * @param group  the comparator group whose members are compared in place of within's places; null for none
 */
public record BoroughComparisonRequest(String indicator, Optional<Period> period, Place within,
                                       ComparatorGroup group, ConfidenceLevel confidence) {

    public static BoroughComparisonRequest of(String indicator, String period, String within, String group,
                                              ConfidenceLevel confidence, ReferenceData reference) {
        Place root = reference.place(within).orElseThrow(() -> new InvalidInputException(
                CodeCheck.inField(CodeCheck.unknown("place", within), "within")));
        ComparatorGroup compared = group == null ? null : ObservationRequest.group(group, "group", reference);
        return new BoroughComparisonRequest(indicator, Optional.ofNullable(period).map(ObservationRequest::period),
                root, compared, confidence);
    }
}
