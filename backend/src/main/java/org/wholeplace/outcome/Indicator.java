package org.wholeplace.outcome;

import java.util.List;

/** An outcome indicator of the catalogue (outcomes/indicators.csv). */
public record Indicator(String id, String name, List<String> themeCodes, String valueType, String unit,
                        Integer multiplier, String polarity, String source, String publisher, String licence,
                        String url) {

    public Polarity polarityValue() {
        return Polarity.of(polarity);
    }
}
