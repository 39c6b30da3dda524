package org.tandem.organization.entity;

/** The roles a user can hold; each names a department function from PRODUCT.md. */
public enum Role {
    SALES_REP, SALES_MANAGER, MARKETING, MARKETING_MANAGER, FINANCE, GENERAL_MANAGER, ADMIN, INTEGRATION;

    /** Compile-time names for {@code @RolesAllowed}, which cannot take enum constants. */
    public static final class Names {
        public static final String SALES_REP = "SALES_REP";
        public static final String SALES_MANAGER = "SALES_MANAGER";
        public static final String MARKETING = "MARKETING";
        public static final String MARKETING_MANAGER = "MARKETING_MANAGER";
        public static final String FINANCE = "FINANCE";
        public static final String GENERAL_MANAGER = "GENERAL_MANAGER";
        public static final String ADMIN = "ADMIN";
        public static final String INTEGRATION = "INTEGRATION";

        private Names() {
        }
    }
}
