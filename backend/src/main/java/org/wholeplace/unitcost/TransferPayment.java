package org.wholeplace.unitcost;

import java.math.BigDecimal;

/**
 * The part of a unit cost's fiscal value that is a transfer payment (tax, social security benefits), as the comment on
 * the workbook's fiscal value cell says. A transfer is a real saving to the agency's budget, and income lost by the
 * resident: it counts in fiscal figures and is left out of public value.
 *
 * @param agency            as the comment names it (DWP, HMT)
 * @param amount            the part excluded, in the fiscal value's price year; null: the whole fiscal value
 * @param statedPublicValue the total public value the comment gives, in {@code statedPriceYear} prices; null if none
 * @param cell              the cell the comment is on (Employment &amp; Economy!H15)
 * @param note              the comment as written
 */
public record TransferPayment(String agency, BigDecimal amount, BigDecimal statedPublicValue, String statedPriceYear,
                              String cell, String note) {
}
