package org.wholeplace.outcome;

import java.util.List;

/** An outcome indicator of the catalogue (outcomes/indicators.csv). */
public record Indicator(String id, String name, List<String> themeCodes, String valueType, String unit,
                        Integer multiplier, String polarity, String source, String publisher, String licence,
                        String url) {

    public Polarity polarityValue() {
        return Polarity.of(polarity);
    }

    /** The value type as the vocabulary; the catalogue admits no other. */
    public ValueType valueTypeValue() {
        return ValueType.of(valueType).orElseThrow(() -> new IllegalStateException("indicator " + id
                + " has value type '" + valueType + "', not one of " + ValueType.codes()));
    }
}
