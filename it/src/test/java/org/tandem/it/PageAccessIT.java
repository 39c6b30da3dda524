package org.tandem.it;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every role reaches the pages of its own folders and gets 403 on everyone else's. */
class PageAccessIT {

    /** The specification: which folders each demo user may open. */
    private static final Map<DemoUsers, Set<String>> ALLOWED = Map.of(
            DemoUsers.REP, Set.of("/sales/"),
            DemoUsers.SALES_MANAGER, Set.of("/sales/"),
            DemoUsers.MARKETING, Set.of("/marketing/"),
            DemoUsers.MARKETING_MANAGER, Set.of("/marketing/"),
            DemoUsers.FINANCE, Set.of("/finance/"),
            DemoUsers.GENERAL_MANAGER, Set.of("/sales/", "/marketing/", "/finance/", "/management/"),
            DemoUsers.ADMIN, Set.of("/admin/", "/integration/"),
            DemoUsers.INTEGRATION, Set.of("/integration/"));

    @ParameterizedTest
    @EnumSource(DemoUsers.class)
    void eachRoleOpensItsOwnFoldersAndIsRefusedTheOthers(DemoUsers user) {
        TandemClient browser = new TandemClient();
        browser.logIn(user.username, TandemClient.DEMO_PASSWORD);
        Map<String, Integer> expected = new LinkedHashMap<>();
        Map<String, Integer> actual = new LinkedHashMap<>();
        for (String folder : DemoUsers.FOLDERS) {
            expected.put(folder, ALLOWED.get(user).contains(folder) ? 200 : 403);
            actual.put(folder, browser.get(folder + "index.xhtml").statusCode());
        }
        assertEquals(expected, actual, user.username);
    }

    /** Promotion requests are where both departments meet: sales, marketing and the general manager, nobody else. */
    private static final Set<DemoUsers> PROMOTION_STAFF = Set.of(DemoUsers.REP, DemoUsers.SALES_MANAGER,
            DemoUsers.MARKETING, DemoUsers.MARKETING_MANAGER, DemoUsers.GENERAL_MANAGER);

    @ParameterizedTest
    @EnumSource(DemoUsers.class)
    void promotionRequestsOpenToSalesMarketingAndTheGeneralManagerOnly(DemoUsers user) {
        TandemClient browser = new TandemClient();
        browser.logIn(user.username, TandemClient.DEMO_PASSWORD);
        assertEquals(PROMOTION_STAFF.contains(user) ? 200 : 403, browser.get("/promotion/requests.xhtml").statusCode(),
                user.username);
    }

    @ParameterizedTest
    @EnumSource(DemoUsers.class)
    void anAnonymousVisitorIsSentToTheLoginPage(DemoUsers folderOf) {
        TandemClient browser = new TandemClient();
        var response = browser.get(folderOf.home + "index.xhtml");
        assertEquals(302, response.statusCode());
        assertEquals(true, response.headers().firstValue("Location").orElseThrow().contains("/login.xhtml"));
    }
}
