package org.tandem.customer.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.tandem.customer.entity.CustomerStatus;
import org.tandem.organization.entity.Role;
import org.tandem.shared.entity.Money;

import java.math.BigDecimal;
import java.util.List;

/** Finance's view of the credit the company has granted its customers. */
@Stateless
@RolesAllowed({Role.Names.FINANCE, Role.Names.GENERAL_MANAGER})
public class CreditExposure {

    @PersistenceContext
    EntityManager em;

    /** The sum of the credit limits of all customers not closed, one amount per currency; one on hold may still owe. */
    public List<Money> totalCreditLimits() {
        return em.createQuery("select c.creditLimit.currency, sum(c.creditLimit.amount) from Customer c "
                        + "where c.status <> :closed group by c.creditLimit.currency order by c.creditLimit.currency", Object[].class)
                .setParameter("closed", CustomerStatus.CLOSED)
                .getResultStream()
                .map(row -> Money.of((BigDecimal) row[1], (String) row[0]))
                .toList();
    }
}
