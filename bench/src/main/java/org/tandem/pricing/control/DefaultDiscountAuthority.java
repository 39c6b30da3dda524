package org.tandem.pricing.control;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Predicate;

/** The discount authority with no settings at all: every role has its default limit. */
public final class DefaultDiscountAuthority extends DiscountAuthority {

    @Override
    public BigDecimal of(Predicate<String> callerInRole) {
        return largest(callerInRole, name -> Optional.empty());
    }
}
