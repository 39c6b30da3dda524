package org.tandem.incontainer;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Filters;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.tandem.catalog.boundary.Catalog;
import org.tandem.customer.boundary.CreditExposure;
import org.tandem.customer.boundary.CustomerDirectory;
import org.tandem.delivery.boundary.DeliveryQuantity;
import org.tandem.delivery.boundary.Shipping;
import org.tandem.delivery.entity.Delivery;
import org.tandem.document.boundary.DocumentFlow;
import org.tandem.document.boundary.DocumentKind;
import org.tandem.document.boundary.FlowNode;
import org.tandem.invoice.boundary.Invoicing;
import org.tandem.invoice.entity.Invoice;
import org.tandem.invoice.entity.InvoiceStatus;
import org.tandem.order.boundary.OrderProcessing;
import org.tandem.order.entity.OrderStatus;
import org.tandem.order.entity.SalesOrder;
import org.tandem.quotation.boundary.Quotations;
import org.tandem.receivable.boundary.PaymentReceipt;
import org.tandem.receivable.boundary.Receivables;
import org.tandem.receivable.entity.PaymentMethod;
import org.tandem.returns.boundary.ReturnQuantity;
import org.tandem.returns.boundary.Returns;
import org.tandem.returns.entity.ReturnReason;
import org.tandem.shared.entity.Money;
import org.tandem.organization.boundary.Authentication;
import org.tandem.organization.boundary.LoginOutcome;
import org.tandem.organization.boundary.LoginOutcome.Status;
import org.tandem.organization.boundary.NewUser;
import org.tandem.organization.boundary.TerritoryAdministration;
import org.tandem.organization.boundary.UserAdministration;
import org.tandem.organization.boundary.UserPreferences;
import org.tandem.organization.entity.Role;
import org.tandem.organization.entity.Territory;
import org.tandem.organization.entity.TerritoryLevel;
import org.tandem.organization.entity.UserAccount;
import org.tandem.pricing.boundary.PriceAdministration;
import org.tandem.pricing.boundary.PriceInquiry;
import org.tandem.pricing.boundary.Pricing;
import org.tandem.shared.boundary.PageRequest;
import org.tandem.shared.boundary.RuleViolation;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import java.io.File;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The business components in a container, through their session beans, with security on. The database is an
 * in-memory H2 that the Payara Micro boot file {@code src/test/micro/datasource.asadmin} names {@code jdbc/tandem},
 * so the production persistence unit and the migration on start-up run unchanged.
 */
@ExtendWith(ArquillianExtension.class)
class SessionBeansIT {

    private static final String PASSWORD = "correct-horse-42";

    /** The specification: which roles may make each call; an anonymous caller may make none. */
    private static final Map<String, Set<Role>> ALLOWED = Map.ofEntries(
            Map.entry("UserAdministration.findUsers", Set.of(Role.ADMIN)),
            Map.entry("TerritoryAdministration.findTerritories", Set.of(Role.ADMIN)),
            Map.entry("CustomerDirectory.visibleCustomersByKind", Set.of(Role.SALES_REP, Role.SALES_MANAGER, Role.GENERAL_MANAGER)),
            Map.entry("Catalog.brands", Set.of(Role.MARKETING, Role.MARKETING_MANAGER, Role.SALES_REP, Role.SALES_MANAGER,
                    Role.FINANCE, Role.GENERAL_MANAGER)),
            Map.entry("CreditExposure.totalCreditLimits", Set.of(Role.FINANCE, Role.GENERAL_MANAGER)),
            Map.entry("UserPreferences.currentUser", Set.of(Role.values())),
            Map.entry("Pricing.price", Set.of(Role.SALES_REP, Role.SALES_MANAGER, Role.MARKETING, Role.MARKETING_MANAGER,
                    Role.GENERAL_MANAGER)),
            Map.entry("PriceAdministration.findPriceLists", Set.of(Role.MARKETING, Role.MARKETING_MANAGER, Role.GENERAL_MANAGER)),
            Map.entry("Quotations.create", Set.of(Role.SALES_REP, Role.SALES_MANAGER)),
            Map.entry("OrderProcessing.confirm", Set.of(Role.SALES_REP, Role.SALES_MANAGER)),
            Map.entry("OrderProcessing.approve", Set.of(Role.SALES_MANAGER)),
            Map.entry("OrderProcessing.find", Set.of(Role.SALES_REP, Role.SALES_MANAGER, Role.GENERAL_MANAGER, Role.FINANCE)),
            Map.entry("Shipping.ship", Set.of(Role.SALES_REP, Role.SALES_MANAGER)),
            Map.entry("Invoicing.issue", Set.of(Role.FINANCE)),
            Map.entry("Receivables.record", Set.of(Role.FINANCE)),
            Map.entry("Returns.request", Set.of(Role.SALES_REP, Role.SALES_MANAGER)),
            Map.entry("DocumentFlow.of", Set.of(Role.SALES_REP, Role.SALES_MANAGER, Role.FINANCE, Role.GENERAL_MANAGER)));

    private static final Map<Role, Class<? extends ActingAs>> RUN_AS = Map.of(
            Role.SALES_REP, AsSalesRep.class, Role.SALES_MANAGER, AsSalesManager.class,
            Role.MARKETING, AsMarketing.class, Role.MARKETING_MANAGER, AsMarketingManager.class,
            Role.FINANCE, AsFinance.class, Role.GENERAL_MANAGER, AsGeneralManager.class,
            Role.ADMIN, AsAdmin.class, Role.INTEGRATION, AsIntegration.class);

    @Resource(lookup = "jdbc/tandem")
    DataSource database;

    @EJB
    UserAdministration users;
    @EJB
    TerritoryAdministration territories;
    @EJB
    Authentication authentication;
    @EJB
    UserPreferences preferences;
    @EJB
    CustomerDirectory customers;
    @EJB
    Catalog catalog;
    @EJB
    CreditExposure credit;
    @EJB
    Pricing pricing;
    @EJB
    PriceAdministration priceAdministration;

    @EJB
    Quotations quotations;
    @EJB
    OrderProcessing orders;
    @EJB
    Shipping shipping;
    @EJB
    Invoicing invoicing;
    @EJB
    Receivables receivables;
    @EJB
    Returns returns;
    @EJB
    DocumentFlow flow;

    @Deployment
    static WebArchive tandem() throws URISyntaxException {
        WebArchive war = ShrinkWrap.create(WebArchive.class, "tandem-components.war")
                // the components under test, without the unit tests that share their packages
                .addPackages(true, Filters.exclude(".*Test(\\$.*)?\\.class"),
                        "org.tandem.shared", "org.tandem.organization", "org.tandem.customer", "org.tandem.catalog",
                        "org.tandem.pricing", "org.tandem.quotation", "org.tandem.order", "org.tandem.delivery",
                        "org.tandem.invoice", "org.tandem.receivable", "org.tandem.returns", "org.tandem.document")
                .addPackage(ActingAs.class.getPackage())
                .addAsResource("META-INF/persistence.xml")
                .addAsResource("META-INF/beans.xml")
                .addAsResource("ValidationMessages.properties")
                .addAsResource("ValidationMessages_zh_CN.properties")
                .addAsResource("ValidationMessages_zh_TW.properties")
                // the hashing cost is not under test; 1024 is the least the platform's PBKDF2 accepts
                .addAsResource(new StringAsset("tandem.password.iterations=1024\n"), "META-INF/microprofile-config.properties")
                .addAsWebInfResource(new StringAsset(runAsPrincipals()), "glassfish-web.xml");
        File migrations = new File(Objects.requireNonNull(SessionBeansIT.class.getResource("/db/migration")).toURI());
        for (File migration : Objects.requireNonNull(migrations.listFiles())) {
            war.addAsResource(migration, "db/migration/" + migration.getName());
        }
        // the ejb module's own libraries (Flyway and what it needs), copied by the build as the EAR's lib folder holds them
        File libraries = new File(System.getProperty("tandem.runtimeLibraries"));
        return war.addAsLibraries(Objects.requireNonNull(libraries.listFiles()));
    }

    /**
     * Payara's default principal-to-role mapping (on in Micro) gives a {@code @RunAs} role no principal: without these
     * mappings every call of the run-as beans was refused. As in the EAR's glassfish-application.xml, each role gets a
     * principal of its own name.
     */
    private static String runAsPrincipals() {
        return "<!DOCTYPE glassfish-web-app PUBLIC \"-//GlassFish.org//DTD GlassFish Application Server 3.1 Servlet 3.0//EN\" "
                + "\"http://glassfish.org/dtds/glassfish-web-app_3_0-1.dtd\">\n<glassfish-web-app>\n"
                + Arrays.stream(Role.values())
                .map(role -> "  <security-role-mapping><role-name>" + role + "</role-name><principal-name>" + role
                        + "</principal-name></security-role-mapping>\n")
                .collect(Collectors.joining())
                + "</glassfish-web-app>\n";
    }

    @Test
    void theTestDatabaseReadsSqlAsTheEmbeddedServersDatabaseDoes() throws SQLException {
        Map<String, String> settings = new TreeMap<>();
        try (Connection connection = database.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("select setting_name, setting_value "
                     + "from information_schema.settings where setting_name in ('MODE', 'DATABASE_TO_LOWER', 'DEFAULT_NULL_ORDERING')")) {
            while (rows.next()) {
                settings.put(rows.getString(1), rows.getString(2));
            }
        }
        assertEquals(Map.of("MODE", "PostgreSQL", "DATABASE_TO_LOWER", "true", "DEFAULT_NULL_ORDERING", "HIGH"), settings);
    }

    @Test
    void aUserNameIsGivenOnlyOnce() {
        create("wang.fang", Role.SALES_REP);

        RuleViolation refused = violation(Role.ADMIN, () -> users.createUser(newUser("wang.fang", PASSWORD, Role.FINANCE)));

        assertEquals("tandem.user.username.taken", refused.getKey());
    }

    @Test
    void aPasswordShorterThanTenCharactersIsRefusedAndNoUserIsCreated() {
        RuleViolation refused = violation(Role.ADMIN, () -> users.createUser(newUser("short.pw", "123456789", Role.FINANCE)));

        assertEquals("tandem.password.tooShort", refused.getKey());
        assertEquals(0, as(Role.ADMIN, () -> users.findUsers(
                new PageRequest(0, 10, null, true, Map.of("username", "short.pw")))).total());
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilTheAdministratorSetsANewOne() {
        UserAccount user = create("li.lei", Role.SALES_REP);

        List<Status> wrong = IntStream.rangeClosed(1, 5)
                .mapToObj(i -> authentication.logIn("li.lei", "wrong-password-" + i).status()).toList();
        assertEquals(List.of(Status.REJECTED, Status.REJECTED, Status.REJECTED, Status.REJECTED, Status.LOCKED), wrong);
        assertEquals(Status.LOCKED, authentication.logIn("li.lei", PASSWORD).status(), "even the right password");

        as(Role.ADMIN, () -> users.resetPassword(user.getId(), "a-new-password-2026"));

        LoginOutcome outcome = authentication.logIn("LI.LEI ", "a-new-password-2026");
        assertEquals(Status.ACCEPTED, outcome.status());
        assertEquals(Set.of(Role.SALES_REP), outcome.roles());
    }

    @Test
    void aDisabledUserCannotLogIn() {
        UserAccount user = create("gone.away", Role.FINANCE);

        as(Role.ADMIN, () -> users.disable(user.getId(), current(user).getVersion()));

        assertEquals(Status.DISABLED, authentication.logIn("gone.away", PASSWORD).status());
    }

    @Test
    void aChangeToAnOutdatedVersionOfAUserIsRefused() {
        UserAccount seen = current(create("stale.copy", Role.MARKETING));
        as(Role.ADMIN, () -> users.updateUser(seen.getId(), seen.getVersion(), "First change", null, Set.of(Role.MARKETING)));

        RuleViolation refused = violation(Role.ADMIN, () -> users.updateUser(seen.getId(), seen.getVersion(), "Second change",
                null, Set.of(Role.MARKETING_MANAGER)));

        assertEquals("tandem.concurrentChange", refused.getKey());
        UserAccount now = current(seen);
        assertEquals("First change", now.getDisplayName());
        assertEquals(Set.of(Role.MARKETING), now.getRoles());
    }

    @Test
    void theSalesMapIsBuiltRegionAreaTerritoryAndNothingHangsAtTheWrongLevel() {
        Territory north = as(Role.ADMIN, () -> territories.create("north", "华北", TerritoryLevel.REGION, null));
        Territory beijing = as(Role.ADMIN, () -> territories.create("NORTH-BJ", "北京", TerritoryLevel.AREA, north.getId()));
        Territory chaoyang = as(Role.ADMIN, () -> territories.create("NORTH-BJ-CY", "朝阳", TerritoryLevel.TERRITORY, beijing.getId()));

        assertEquals("NORTH", north.getCode());
        assertEquals("华北 / 北京 / 朝阳", as(Role.ADMIN, () -> territories.territory(chaoyang.getId())).getPath());
        assertEquals("tandem.territory.parentLevel", violation(Role.ADMIN,
                () -> territories.create("NORTH-CY2", "朝阳二", TerritoryLevel.TERRITORY, north.getId())).getKey());
        assertEquals("tandem.territory.parentLevel", violation(Role.ADMIN,
                () -> territories.create("NORTH-TJ", "天津", TerritoryLevel.AREA, chaoyang.getId())).getKey());
        assertEquals("tandem.territory.parentRequired", violation(Role.ADMIN,
                () -> territories.create("NORTH-TJ", "天津", TerritoryLevel.AREA, null)).getKey());
        assertEquals("tandem.territory.regionHasNoParent", violation(Role.ADMIN,
                () -> territories.create("WEST", "西部", TerritoryLevel.REGION, north.getId())).getKey());
        assertEquals("tandem.territory.code.taken", violation(Role.ADMIN,
                () -> territories.create("North", "华北二", TerritoryLevel.REGION, null)).getKey());
    }

    @Test
    void eachRoleMayMakeTheCallsTheSpecificationGivesItAndNoOther() {
        Map<String, Callable<?>> calls = new LinkedHashMap<>();
        calls.put("UserAdministration.findUsers", () -> users.findUsers(PageRequest.firstPage(10)));
        calls.put("TerritoryAdministration.findTerritories", () -> territories.findTerritories(PageRequest.firstPage(10)));
        calls.put("CustomerDirectory.visibleCustomersByKind", () -> customers.visibleCustomersByKind());
        calls.put("Catalog.brands", () -> catalog.brands());
        calls.put("CreditExposure.totalCreditLimits", () -> credit.totalCreditLimits());
        calls.put("UserPreferences.currentUser", () -> preferences.currentUser());
        calls.put("Pricing.price", () -> pricing.price(new PriceInquiry(null, null, null, LocalDate.of(2026, 3, 16), "CNY",
                List.of(new PriceInquiry.Line(-1, BigDecimal.ONE, null)))));
        calls.put("PriceAdministration.findPriceLists", () -> priceAdministration.findPriceLists(PageRequest.firstPage(10)));
        calls.put("Quotations.create", () -> quotations.create(-1, LocalDate.of(2026, 12, 31), null,
                List.of(new PriceInquiry.Line(-1, BigDecimal.ONE, null))));
        calls.put("OrderProcessing.confirm", () -> orders.confirm(-1, 0));
        calls.put("OrderProcessing.approve", () -> orders.approve(-1, 0));
        calls.put("OrderProcessing.find", () -> orders.find(PageRequest.firstPage(10)));
        calls.put("Shipping.ship", () -> shipping.ship(-1, 0));
        calls.put("Invoicing.issue", () -> invoicing.issue(-1, 0));
        calls.put("Receivables.record", () -> receivables.record(new PaymentReceipt(-1, LocalDate.of(2026, 1, 5),
                PaymentMethod.CASH, null, BigDecimal.TEN, List.of(new PaymentReceipt.Part(-1, BigDecimal.TEN)))));
        calls.put("Returns.request", () -> returns.request(-1, null,
                List.of(new ReturnQuantity(-1, BigDecimal.ONE, ReturnReason.DAMAGED))));
        calls.put("DocumentFlow.of", () -> flow.of(DocumentKind.SALES_ORDER, -1));
        assertEquals(ALLOWED.keySet(), calls.keySet());

        List<Executable> checks = new ArrayList<>();
        for (Role role : Role.values()) {
            Map<String, String> expected = new TreeMap<>();
            Map<String, String> observed = new TreeMap<>();
            calls.forEach((name, call) -> {
                expected.put(name, ALLOWED.get(name).contains(role) ? "allowed" : "refused");
                observed.put(name, outcome(() -> actingAs(role).call(call)));
            });
            checks.add(() -> assertEquals(expected, observed, role.name()));
        }
        Map<String, String> anonymous = new TreeMap<>();
        calls.forEach((name, call) -> anonymous.put(name, outcome(call)));
        checks.add(() -> assertEquals(Set.of("refused"), Set.copyOf(anonymous.values()), "anonymous: " + anonymous));
        assertAll(checks);
    }

    /**
     * Order to cash in the container, each step as the role that does it: the run-as rep works the territory
     * of a customer written here by SQL, with one product at 128.00 net and 13 % VAT.
     */
    @Test
    void anOrderIsConfirmedDeliveredInvoicedAndPaidThroughTheSessionBeans() throws SQLException {
        long customerId = salesFixture();
        SalesOrder draft = as(Role.SALES_REP, () -> orders.create(customerId, "PO-1", null,
                List.of(new PriceInquiry.Line(990_001, new BigDecimal("3"), null))));
        assertEquals(Money.of("433.92", "CNY"), draft.getGrossTotal());
        SalesOrder confirmed = as(Role.SALES_REP, () -> orders.confirm(draft.getId(), draft.getVersion()));
        assertEquals(OrderStatus.CONFIRMED, confirmed.getStatus());
        // the run-as manager is assigned to no territory: the order is out of sight, as if it did not exist
        assertEquals("tandem.order.notFound",
                violation(Role.SALES_MANAGER, () -> orders.approve(confirmed.getId(), confirmed.getVersion())).getKey());

        Delivery delivery = as(Role.SALES_REP, () -> shipping.plan(confirmed.getId(), confirmed.getVersion(),
                LocalDate.of(2026, 3, 16), List.of(new DeliveryQuantity(confirmed.getLines().get(0).getId(), new BigDecimal("3")))));
        as(Role.SALES_REP, () -> shipping.ship(delivery.getId(), delivery.getVersion()));
        Invoice draftInvoice = as(Role.FINANCE, () -> invoicing.bill(List.of(delivery.getId()), false)).get(0);
        Invoice issued = as(Role.FINANCE, () -> invoicing.issue(draftInvoice.getId(), draftInvoice.getVersion()));
        assertEquals(String.format("INV-%d-000001", LocalDate.now().getYear()), issued.getNumber());
        assertEquals(Money.of("433.92", "CNY"), issued.getGrossTotal());

        as(Role.FINANCE, () -> receivables.record(new PaymentReceipt(customerId, LocalDate.now(), PaymentMethod.BANK_TRANSFER,
                "ICBC 7", new BigDecimal("433.92"), List.of(new PaymentReceipt.Part(issued.getId(), new BigDecimal("433.92"))))));
        assertEquals(InvoiceStatus.PAID, as(Role.FINANCE, () -> invoicing.invoice(issued.getId())).getStatus());
        assertEquals(List.of(DocumentKind.SALES_ORDER, DocumentKind.DELIVERY, DocumentKind.INVOICE, DocumentKind.PAYMENT),
                as(Role.SALES_REP, () -> flow.of(DocumentKind.INVOICE, issued.getId())).stream().map(FlowNode::kind).toList());
        // the rolled-back refusal of an issued invoice left the invoice as it was
        assertEquals("tandem.document.illegalMove",
                violation(Role.FINANCE, () -> invoicing.describe(issued.getId(), issued.getVersion() + 1, "x")).getKey());
    }

    /** A territory with the run-as rep in it, a customer there, and a product with a price; the customer's id. */
    private long salesFixture() throws SQLException {
        try (Connection connection = database.getConnection()) {
            for (String sql : List.of(
                    "insert into user_account (id, username, display_name, password_hash, enabled, failed_logins, locale, "
                            + "created_at, version) values (990001, 'SALES_REP', 'Run-as rep', 'x', true, 0, 'zh_CN', "
                            + "current_timestamp, 0)",
                    "insert into territory (id, code, name, level, parent_id, active, version) "
                            + "values (990001, 'IT-R', 'Region', 'REGION', null, true, 0)",
                    "insert into territory (id, code, name, level, parent_id, active, version) "
                            + "values (990002, 'IT-A', 'Area', 'AREA', 990001, true, 0)",
                    "insert into territory (id, code, name, level, parent_id, active, version) "
                            + "values (990003, 'IT-T', 'Territory', 'TERRITORY', 990002, true, 0)",
                    "insert into territory_member (territory_id, user_id) values (990003, 990001)",
                    "insert into customer (id, code, name, kind, territory_id, owner_id, credit_limit, currency, channel, "
                            + "payment_terms_days, status, version) values (990001, 'IT-C1', '测试商贸', 'WHOLESALER', 990003, "
                            + "990001, 100000, 'CNY', 'WHOLESALE', 30, 'ACTIVE', 0)",
                    "insert into brand (id, code, name, category, version) values (990001, 'IT-B', 'Brand', 'Baijiu', 0)",
                    "insert into product (id, sku, name, brand_id, unit, pack_size, tax_rate, active, version) "
                            + "values (990001, 'IT-P1', 'Product', 990001, 'BTL', 6, 0.13, true, 0)",
                    "insert into price_list (id, code, name, currency, from_date, prices_include_tax, active, version) "
                            + "values (990001, 'IT-L', 'List', 'CNY', date '2020-01-01', false, true, 0)",
                    "insert into price_list_entry (id, price_list_id, product_id, unit_price, version) "
                            + "values (990001, 990001, 990001, 128.00, 0)")) {
                connection.createStatement().executeUpdate(sql);
            }
        }
        return 990_001;
    }

    private static NewUser newUser(String username, String password, Role... roles) {
        return new NewUser(username, "Name of " + username, username + "@example.com", password, Set.of(roles), "zh_CN");
    }

    private UserAccount create(String username, Role... roles) {
        return as(Role.ADMIN, () -> users.createUser(newUser(username, PASSWORD, roles)));
    }

    private UserAccount current(UserAccount user) {
        return as(Role.ADMIN, () -> users.user(user.getId()));
    }

    private static ActingAs actingAs(Role role) {
        try {
            return InitialContext.doLookup("java:module/" + RUN_AS.get(role).getSimpleName());
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T as(Role role, Callable<T> work) {
        try {
            return actingAs(role).call(work);
        } catch (CallFailed failed) {
            throw new AssertionError("refused as " + role + ": " + failed.getCause(), failed.getCause());
        }
    }

    private static RuleViolation violation(Role role, Callable<?> work) {
        try {
            actingAs(role).call(work);
        } catch (CallFailed failed) {
            return assertInstanceOf(RuleViolation.class, failed.getCause());
        }
        return fail("done as " + role + ", but should have been refused");
    }

    /** "allowed", "refused" (the container said no), or what else went wrong. */
    private static String outcome(Callable<?> call) {
        Throwable failure;
        try {
            call.call();
            return "allowed";
        } catch (CallFailed failed) {
            failure = failed.getCause();
        } catch (Exception e) {
            failure = e;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return "refused";
            }
        }
        // past the role check: a run-as identity is no user in the database
        if (failure instanceof RuleViolation violation && violation.getKey().equals("tandem.user.notFound")) {
            return "allowed";
        }
        // past the role check: the matrix prices a product, or acts on a document or customer, that does not exist
        if (failure instanceof RuleViolation violation && (violation.getKey().equals("tandem.pricing.unknownProduct")
                || violation.getKey().endsWith(".notFound") || violation.getKey().equals("tandem.customer.notVisible"))) {
            return "allowed";
        }
        return failure + " " + Arrays.toString(failure.getStackTrace()).substring(0, 300);
    }
}
