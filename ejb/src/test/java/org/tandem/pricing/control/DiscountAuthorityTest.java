package org.tandem.pricing.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A user's manual-discount limit: the highest of their roles' settings. */
class DiscountAuthorityTest {

    @ParameterizedTest(name = "roles {0} with settings {1}: {2} %")
    @CsvSource(delimiter = ';', value = {
            "SALES_REP;                      ;    5",
            "SALES_MANAGER;                  ;    15",
            "SALES_REP SALES_MANAGER;        ;    15",
            "MARKETING;                      ;    0",
            "SALES_REP;      SALES_REP=7.5;       7.5",
            "GENERAL_MANAGER; GENERAL_MANAGER=30; 30",
            "SALES_REP MARKETING; MARKETING=8;    8"})
    void theHighestLimitOfTheCallersRolesCounts(String roles, String settings, String expected) {
        Set<String> held = Set.of(roles.trim().split(" +"));
        Map<String, String> configured = settings == null ? Map.of()
                : Map.of(DiscountAuthority.SETTING + settings.split("=")[0].trim(), settings.split("=")[1].trim());

        BigDecimal limit = DiscountAuthority.largest(held::contains, name -> Optional.ofNullable(configured.get(name)));

        assertEquals(0, new BigDecimal(expected).compareTo(limit), limit.toPlainString());
    }
}
