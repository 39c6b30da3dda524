package org.tandem.pricing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.tandem.organization.entity.Role;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The largest manual discount, in percent, a user may give without a sales manager's approval: the highest of
 * their roles' limits, each a setting {@code tandem.pricing.discount-authority.<ROLE>}. A role without a setting
 * has the limit below, or none.
 */
@ApplicationScoped
public class DiscountAuthority {

    static final String SETTING = "tandem.pricing.discount-authority.";
    private static final Map<Role, BigDecimal> DEFAULTS = Map.of(
            Role.SALES_REP, BigDecimal.valueOf(5), Role.SALES_MANAGER, BigDecimal.valueOf(15));

    @Inject
    Config config;

    public BigDecimal of(Predicate<String> callerInRole) {
        return largest(callerInRole, name -> config.getOptionalValue(name, String.class));
    }

    static BigDecimal largest(Predicate<String> callerInRole, Function<String, Optional<String>> settings) {
        return Arrays.stream(Role.values())
                .filter(role -> callerInRole.test(role.name()))
                .map(role -> settings.apply(SETTING + role.name()).map(String::trim).map(BigDecimal::new)
                        .orElse(DEFAULTS.getOrDefault(role, BigDecimal.ZERO)))
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
    }
}
