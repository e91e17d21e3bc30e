package org.wholeplace.place;

/**
 * A service line (education, children's social care, ...). A {@code total} service is a reported sum of the others,
 * kept to show the source's own figure, and never added to them. A detailed line ("Children's social care: Youth
 * justice") names its group as {@code parentCode}; {@code formLine} is its line number on the MHCLG Revenue Account
 * form (for a group, the line of its reported total), or null.
 */
public record Service(String code, String name, String rsxGroup, boolean total, String parentCode, Integer formLine) {

    /** A service group or a reported total, as the revenue outturn summary reports them. */
    public static Service group(String code, String name, String rsxGroup, boolean total) {
        return new Service(code, name, rsxGroup, total, null, null);
    }

    public boolean detailed() {
        return parentCode != null;
    }
}
