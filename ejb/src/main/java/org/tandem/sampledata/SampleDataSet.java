package org.tandem.sampledata;

import org.tandem.catalog.entity.Brand;
import org.tandem.catalog.entity.Product;
import org.tandem.customer.entity.Customer;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.UserAccount;
import org.tandem.pricing.entity.PriceList;
import org.tandem.pricing.entity.PriceListEntry;
import org.tandem.pricing.entity.PriceRule;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

/**
 * The demo data set of a Chinese beverage company as new, unsaved entities, built the same way every time:
 * tables and index arithmetic, and one {@link Random} with a fixed seed drawn in a fixed order. Nothing
 * here needs an id, so the set can be built and checked without a database.
 */
public final class SampleDataSet {

    static final long SEED = 2026;

    private final List<Brand> brands;
    private final List<Product> products;
    private final List<UserAccount> users;
    private final List<Territory> territories;
    private final List<Customer> customers;
    private final List<PriceList> priceLists;
    private final List<PriceListEntry> priceListEntries;
    private final List<PriceRule> priceRules;

    private SampleDataSet(SampleCatalog catalog, SampleOrganization organization, SampleCustomers customers,
                          SamplePricing pricing) {
        this.brands = List.copyOf(catalog.brands);
        this.products = List.copyOf(catalog.products);
        this.users = List.copyOf(organization.users);
        this.territories = List.copyOf(organization.territories);
        this.customers = List.copyOf(customers.customers);
        this.priceLists = List.copyOf(pricing.lists);
        this.priceListEntries = List.copyOf(pricing.entries);
        this.priceRules = List.copyOf(pricing.rules);
    }

    /** Every user gets {@code passwordHash}, the hash of the one demo password. */
    public static SampleDataSet generate(String passwordHash, OffsetDateTime createdAt) {
        Random random = new Random(SEED);
        SampleOrganization organization = new SampleOrganization(random, passwordHash, createdAt);
        SampleCatalog catalog = new SampleCatalog();
        return new SampleDataSet(catalog, organization, new SampleCustomers(random, organization.markets),
                new SamplePricing(catalog.listPrices));
    }

    public List<Brand> brands() {
        return brands;
    }

    public List<Product> products() {
        return products;
    }

    public List<UserAccount> users() {
        return users;
    }

    /** Regions before their areas, areas before their territories. */
    public List<Territory> territories() {
        return territories;
    }

    public List<Customer> customers() {
        return customers;
    }

    public List<PriceList> priceLists() {
        return priceLists;
    }

    public List<PriceListEntry> priceListEntries() {
        return priceListEntries;
    }

    public List<PriceRule> priceRules() {
        return priceRules;
    }

    /** In the order they can be written: what is referred to comes before what refers to it. */
    public List<List<?>> inWritingOrder() {
        return List.of(brands, products, users, territories, customers, priceLists, priceListEntries, priceRules);
    }

    @Override
    public String toString() {
        return brands.size() + " brands, " + products.size() + " products, " + users.size() + " users, "
                + territories.size() + " territories, " + customers.size() + " customers, " + priceListEntries.size()
                + " prices, " + priceRules.size() + " price rules";
    }
}
