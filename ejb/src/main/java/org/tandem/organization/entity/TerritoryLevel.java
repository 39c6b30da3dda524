package org.tandem.organization.entity;

/** Sales territories form a three-level hierarchy: region → area → territory. */
public enum TerritoryLevel {
    REGION, AREA, TERRITORY;

    /** The level a parent of this level must have, or null for a region, which has none. */
    public TerritoryLevel parentLevel() {
        return switch (this) {
            case REGION -> null;
            case AREA -> REGION;
            case TERRITORY -> AREA;
        };
    }
}
