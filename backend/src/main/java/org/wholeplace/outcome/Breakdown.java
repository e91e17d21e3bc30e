package org.wholeplace.outcome;

/**
 * Which part of the population an observation is of: its sex, its age band and its category (a deprivation decile),
 * as published. Observations of different breakdowns are never compared, ranked or trended together.
 *
 * @param age          as published ("All ages", "65+ yrs"); null where the file states none
 * @param categoryType the kind of category ("County & UA deprivation deciles in England (IMD2019)"); null for none
 * @param category     the category within it ("Most deprived decile (IMD2019)"); null for none
 */
public record Breakdown(Sex sex, String age, String categoryType, String category) {

    public static final Breakdown PERSONS = new Breakdown(Sex.PERSONS, null, null, null);
}
