package org.tandem.pricing.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.tandem.customer.control.CustomerScope;
import org.tandem.organization.entity.Role;
import org.tandem.pricing.control.DiscountAuthority;
import org.tandem.pricing.control.PriceBook;
import org.tandem.shared.boundary.RuleViolation;

import java.util.List;

/**
 * Prices lines the way docs/pricing.md defines, each with the steps that explain its price. Reads only; a
 * manual discount beyond the caller's authority is priced and flagged, the document decides what waits.
 */
@Stateless
@RolesAllowed({Role.Names.SALES_REP, Role.Names.SALES_MANAGER, Role.Names.MARKETING, Role.Names.MARKETING_MANAGER,
        Role.Names.GENERAL_MANAGER})
public class Pricing {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @Inject
    DiscountAuthority authority;

    /**
     * Every line of the inquiry, priced in the order asked; one refused line refuses the inquiry. Marketing and
     * the general manager price for any customer; the sales force only for the customers it sees.
     */
    public List<PricedLine> price(@NotNull @Valid PriceInquiry inquiry) {
        boolean pricesForAnyone = session.isCallerInRole(Role.Names.MARKETING)
                || session.isCallerInRole(Role.Names.MARKETING_MANAGER)
                || session.isCallerInRole(Role.Names.GENERAL_MANAGER);
        if (inquiry.customerId() != null && !pricesForAnyone) {
            CustomerScope.of(em, session).customer(inquiry.customerId());
        }
        return new PriceBook(em).price(inquiry, authority.of(session::isCallerInRole));
    }

    /** The inquiry's only line. */
    public PricedLine priceLine(@NotNull @Valid PriceInquiry inquiry) {
        if (inquiry.lines().size() != 1) {
            throw new RuleViolation("tandem.pricing.oneLineExpected", inquiry.lines().size());
        }
        return price(inquiry).get(0);
    }
}
