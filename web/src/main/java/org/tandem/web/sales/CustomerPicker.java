package org.tandem.web.sales;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.tandem.customer.boundary.CustomerDirectory;
import org.tandem.customer.entity.Customer;
import org.tandem.customer.entity.CustomerStatus;
import org.tandem.shared.boundary.PageRequest;

import java.util.List;
import java.util.Map;

/** The active customers the user may see whose name, or else code, contains what they typed. */
@Named
@RequestScoped
public class CustomerPicker {

    private static final int SUGGESTIONS = 15;

    @EJB
    CustomerDirectory directory;

    public List<CustomerChoice> complete(String text) {
        String typed = text == null ? "" : text.trim();
        List<Customer> found = find("name", typed);
        if (found.isEmpty() && !typed.isEmpty()) {
            found = find("code", typed);
        }
        return found.stream().map(CustomerChoice::of).toList();
    }

    private List<Customer> find(String field, String typed) {
        Map<String, Object> filters = typed.isEmpty()
                ? Map.of("status", CustomerStatus.ACTIVE.name())
                : Map.of(field, typed, "status", CustomerStatus.ACTIVE.name());
        return directory.findCustomers(new PageRequest(0, SUGGESTIONS, "code", true, filters)).rows();
    }
}
