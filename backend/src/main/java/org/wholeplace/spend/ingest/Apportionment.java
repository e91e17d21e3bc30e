package org.wholeplace.spend.ingest;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount over places in proportion to a driver (population, a caseload), to the penny, so that the parts
 * always add up to the whole: each part is rounded down and the pennies left over go to the largest remainders
 * (Hamilton's method), ties to the earlier place.
 */
final class Apportionment {

    private Apportionment() {
    }

    /** @param weights non-negative, at least one positive; one part per weight, in the same order */
    static List<BigDecimal> split(BigDecimal amount, List<BigDecimal> weights) {
        BigDecimal totalWeight = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (totalWeight.signum() <= 0) {
            throw new IllegalArgumentException("the driver's values add up to " + totalWeight);
        }
        BigInteger pennies = amount.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).toBigIntegerExact();
        BigInteger magnitude = pennies.abs();
        List<BigInteger> parts = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        for (BigDecimal weight : weights) {
            BigDecimal exact = new BigDecimal(magnitude).multiply(weight).divide(totalWeight, 12, RoundingMode.DOWN);
            BigInteger floor = exact.setScale(0, RoundingMode.DOWN).toBigIntegerExact();
            parts.add(floor);
            remainders.add(exact.subtract(new BigDecimal(floor)));
        }
        int left = magnitude.subtract(parts.stream().reduce(BigInteger.ZERO, BigInteger::add)).intValueExact();
        IntStream.range(0, weights.size()).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed())
                .limit(left)
                .forEach(i -> parts.set(i, parts.get(i).add(BigInteger.ONE)));
        return parts.stream()
                .map(p -> new BigDecimal(pennies.signum() < 0 ? p.negate() : p, 2))
                .toList();
    }
}
