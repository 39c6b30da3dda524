package org.tandem.web.home;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.tandem.catalog.boundary.BrandSummary;
import org.tandem.catalog.boundary.Catalog;
import org.tandem.customer.boundary.CreditExposure;
import org.tandem.customer.boundary.CustomerCount;
import org.tandem.customer.boundary.CustomerDirectory;
import org.tandem.shared.entity.Money;

import java.util.List;

/**
 * The figures the landing pages show. Each getter calls one session bean, which checks the caller's role,
 * so a landing page can only show what its folder's roles may read.
 */
@Named
@RequestScoped
public class HomeView {

    @EJB
    CustomerDirectory customers;

    @EJB
    Catalog catalog;

    @EJB
    CreditExposure credit;

    private List<CustomerCount> customerCounts;
    private List<BrandSummary> brands;
    private List<Money> creditLimits;

    public List<CustomerCount> getCustomerCounts() {
        if (customerCounts == null) {
            customerCounts = customers.visibleCustomersByKind();
        }
        return customerCounts;
    }

    public long getCustomerTotal() {
        return getCustomerCounts().stream().mapToLong(CustomerCount::count).sum();
    }

    public List<BrandSummary> getBrands() {
        if (brands == null) {
            brands = catalog.brands();
        }
        return brands;
    }

    public List<Money> getCreditLimits() {
        if (creditLimits == null) {
            creditLimits = credit.totalCreditLimits();
        }
        return creditLimits;
    }
}
