package org.tandem.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The session beans themselves refuse the roles they are not for, whatever a screen shows: the probe in the
 * test EAR calls each bean as each role (@RunAs) and reports what it was let do.
 */
class SessionBeanAccessIT {

    private static final Set<String> ALL_STAFF = Set.of("SALES_REP", "SALES_MANAGER", "MARKETING", "MARKETING_MANAGER",
            "FINANCE", "GENERAL_MANAGER", "ADMIN", "INTEGRATION");

    /** The specification: which roles may make each call. */
    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "UserAdministration.findUsers", Set.of("ADMIN"),
            "TerritoryAdministration.findTerritories", Set.of("ADMIN"),
            "CustomerDirectory.visibleCustomersByKind", Set.of("SALES_REP", "SALES_MANAGER", "GENERAL_MANAGER"),
            "Catalog.brands", Set.of("MARKETING", "MARKETING_MANAGER", "SALES_REP", "SALES_MANAGER", "FINANCE", "GENERAL_MANAGER"),
            "CreditExposure.totalCreditLimits", Set.of("FINANCE", "GENERAL_MANAGER"),
            "UserPreferences.currentUser", ALL_STAFF);

    private static JsonObject observed;

    @BeforeAll
    static void askTheProbe() {
        HttpResponse<String> response = new TandemClient().get("/it-probe/access");
        assertEquals(200, response.statusCode(), response::body);
        observed = Json.createReader(new StringReader(response.body())).readObject();
    }

    @ParameterizedTest
    @ValueSource(strings = {"SALES_REP", "SALES_MANAGER", "MARKETING", "MARKETING_MANAGER", "FINANCE", "GENERAL_MANAGER",
            "ADMIN", "INTEGRATION", "ANONYMOUS"})
    void eachRoleIsLetInWhereTheSpecificationSaysAndRefusedElsewhere(String role) {
        Map<String, String> expected = new TreeMap<>();
        ALLOWED.forEach((call, roles) -> expected.put(call, roles.contains(role) ? "allowed" : "refused"));
        Map<String, String> actual = new TreeMap<>();
        observed.getJsonObject(role).forEach((call, result) -> actual.put(call, ((jakarta.json.JsonString) result).getString()));
        assertEquals(expected, actual, role);
    }
}
