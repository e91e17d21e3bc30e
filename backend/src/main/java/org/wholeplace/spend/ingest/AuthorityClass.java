package org.wholeplace.spend.ingest;

import java.util.Arrays;

/**
 * The revenue outturn "Detailed Class" of an authority, and what it tells us: the kind of area it serves, the kind of
 * agency it is, and the level it works at. Part of the RSX format's vocabulary, so it lives beside the parser.
 */
enum AuthorityClass {
    MD("metropolitan-district", "council", "local"),
    UA("unitary-authority", "council", "local"),
    SD("shire-district", "council", "local"),
    SC("shire-county", "council", "local"),
    LB("london-borough", "council", "local"),
    GLA("greater-london-authority-area", "greater-london-authority", "city-region"),
    CA("combined-authority-area", "combined-authority", "city-region"),
    P("police-force-area", "police", "local"),
    FR("fire-and-rescue-area", "fire-and-rescue", "local"),
    NPA("national-park", "national-park-authority", "local"),
    WA("waste-disposal-area", "waste-authority", "local"),
    OTHER("authority-area", "other-authority", "local");

    final String placeKind;
    final String agencyKind;
    final String level;

    AuthorityClass(String placeKind, String agencyKind, String level) {
        this.placeKind = placeKind;
        this.agencyKind = agencyKind;
        this.level = level;
    }

    static AuthorityClass of(String detailedClass) {
        return Arrays.stream(values()).filter(c -> c.name().equals(detailedClass)).findFirst().orElse(OTHER);
    }

    /**
     * The Revenue Account's coarser "Class": the council classes as in outturn, L for a London borough, O for every
     * other authority (police, fire, combined and national park authorities), which outturn tells apart and RA not.
     */
    static AuthorityClass ofRevenueAccountClass(String raClass) {
        return "L".equals(raClass) ? LB : of(raClass);
    }
}
