package org.wholeplace.place;

/** An organisation that spends public money, recorded against the place it serves ({@code areaCode}). */
public record Agency(String code, String name, String kind, String level, String areaCode,
                     String reportedBy, String reportedService) {
}
