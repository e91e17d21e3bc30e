package org.wholeplace.duplication;

import java.math.BigDecimal;
import java.util.List;

import org.wholeplace.period.FinancialYear;
import org.wholeplace.place.Agency;
import org.wholeplace.place.Place;
import org.wholeplace.place.Service;

/** One supplier paid by several agencies for the same service in the same place and year. */
public record SupplierOverlap(Place place, Service service, FinancialYear year, String supplier, BigDecimal total,
                              List<SupplierPayment> agencies, boolean synthetic) {

    public record SupplierPayment(Agency agency, BigDecimal amount) {
    }
}
