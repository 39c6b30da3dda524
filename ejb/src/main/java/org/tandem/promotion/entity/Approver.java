package org.tandem.promotion.entity;

import org.tandem.organization.entity.Role;

import java.util.function.Predicate;

/** Who holds a step of a request's route; MARKETING is the department, so its manager may act for it. */
public enum Approver {
    SALES_REP(Role.Names.SALES_REP),
    SALES_MANAGER(Role.Names.SALES_MANAGER),
    MARKETING(Role.Names.MARKETING, Role.Names.MARKETING_MANAGER),
    MARKETING_MANAGER(Role.Names.MARKETING_MANAGER),
    GENERAL_MANAGER(Role.Names.GENERAL_MANAGER);

    private final String[] roles;

    Approver(String... roles) {
        this.roles = roles;
    }

    /** Whether a caller holding the roles {@code inRole} answers may act in this step. */
    public boolean isHeldBy(Predicate<String> inRole) {
        for (String role : roles) {
            if (inRole.test(role)) {
                return true;
            }
        }
        return false;
    }
}
