package org.tandem.it.probe;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.ApplicationScoped;
import org.tandem.catalog.boundary.Catalog;
import org.tandem.customer.boundary.CreditExposure;
import org.tandem.customer.boundary.CustomerDirectory;
import org.tandem.organization.boundary.TerritoryAdministration;
import org.tandem.organization.boundary.UserAdministration;
import org.tandem.organization.boundary.UserPreferences;
import org.tandem.shared.boundary.PageRequest;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Calls one read-only method of each session bean and records, per call, whether the caller was let in. */
@ApplicationScoped
public class SessionBeanCalls {

    @EJB
    UserAdministration users;
    @EJB
    TerritoryAdministration territories;
    @EJB
    CustomerDirectory customers;
    @EJB
    Catalog catalog;
    @EJB
    CreditExposure credit;
    @EJB
    UserPreferences preferences;

    public Map<String, String> callAll() {
        Map<String, String> results = new LinkedHashMap<>();
        record(results, "UserAdministration.findUsers", () -> users.findUsers(PageRequest.firstPage(5)));
        record(results, "TerritoryAdministration.findTerritories", () -> territories.findTerritories(PageRequest.firstPage(5)));
        record(results, "CustomerDirectory.visibleCustomersByKind", customers::visibleCustomersByKind);
        record(results, "Catalog.brands", catalog::brands);
        record(results, "CreditExposure.totalCreditLimits", credit::totalCreditLimits);
        record(results, "UserPreferences.currentUser", preferences::currentUser);
        return results;
    }

    private static void record(Map<String, String> results, String name, Supplier<?> call) {
        try {
            call.get();
            results.put(name, "allowed");
        } catch (EJBAccessException e) {
            results.put(name, "refused");
        } catch (RuntimeException e) {
            // past the security check, failed on something else (a run-as principal is no user, say)
            results.put(name, "allowed");
        }
    }
}
